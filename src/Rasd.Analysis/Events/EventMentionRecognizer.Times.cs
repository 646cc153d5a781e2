using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Analysis.Events;

/// <summary>
/// When each event was: the time expression that governs a trigger in its sentence (a statement's own time, times borrowed
/// from clauses with no trigger, alternatives joined into one span), and the corrections a plan or a recap needs.
/// </summary>
public sealed partial class EventMentionRecognizer
{
    /// <summary>
    /// Gives each trigger the time expression that governs it. A clause (cut at commas and relative
    /// pronouns) keeps its own times for its nearest trigger; a trigger with none takes the nearest
    /// time of a clause that has no trigger — all of them when they are listed one after another
    /// («في نوفمبر 2018، وفبراير 2020») — but never the date of a statement («في بيان الأحد»).
    /// </summary>
    private void AssignTimes(SentenceContext ctx, List<Draft> drafts, List<PhraseMatch<Trigger>> allTriggers)
    {
        if (drafts.Count == 0) return;
        var s = ctx.Sentence;
        var tokens = ctx.Tokens;
        var clause = new int[s.EndToken - s.FirstToken];
        var current = 0;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (tokens[i].Form is "," or ";" or ":" || lexicon.Is(tokens, i, "relative") || lexicon.Is(tokens, i, "where")) current++;
            clause[i - s.FirstToken] = current;
        }
        int ClauseOf(int token) => clause[token - s.FirstToken];
        // A statement is dated by a time between its verb and what was said («قال بوتين الأحد إن»), and by no other;
        // its verb does not take the times of the events it tells of.
        // «وفي أكتوبر، أعلن بيسكوف أن»: or by the nearest time before its verb, with no other trigger between.
        foreach (var d in drafts.Where(d => d.Type == EventType.Statement))
        {
            var own = ctx.Doc.TimeExpressions.FirstOrDefault(t => t.Value is not null && t.FirstToken >= d.Trigger.End && t.EndToken <= s.EndToken
                && ctx.Doc.RawSpan(t.FirstToken, t.EndToken).End <= d.Quote!.Value.Start)
                ?? ctx.Doc.TimeExpressions.LastOrDefault(t => t.Value is not null && t.FirstToken >= s.FirstToken && t.EndToken <= d.Trigger.First
                    && !allTriggers.Any(x => x.First >= t.EndToken && x.First < d.Trigger.First));
            if (own is not null) d.Times.Add(own);
        }
        allTriggers = [.. allTriggers.Where(t => t.Value.Kind != TriggerKind.Statement)];
        var clausesWithTriggers = allTriggers.Select(t => ClauseOf(t.First)).ToHashSet();
        var times = ctx.Doc.TimeExpressions.Where(t => (t.Value is not null || IsYearless(t)) && t.FirstToken >= s.FirstToken && t.EndToken <= s.EndToken && !IsSince(tokens, t, s.FirstToken)).ToList();

        // A time goes to the nearest trigger of its clause that made a mention; a trigger that made none
        // («في زيارة» with no one named) does not swallow it.
        var made = allTriggers.Where(t => drafts.Any(d => d.Trigger.First == t.First)).ToList();
        foreach (var time in times.Where(t => clausesWithTriggers.Contains(ClauseOf(t.FirstToken))))
        {
            // A time follows the verb it dates: «وصل إلى موسكو في السابع من نوفمبر والتقى» dates the arrival
            // (and the meeting joined to it); a trigger after the time takes it only when none comes before.
            var owner = made.Where(t => ClauseOf(t.First) == ClauseOf(time.FirstToken))
                .OrderBy(t => t.First < time.FirstToken ? 0 : 1).ThenBy(t => Distance(t, time)).ThenBy(t => t.First).FirstOrDefault();
            if (owner.End == 0) continue;
            drafts.First(d => d.Trigger.First == owner.First).Times.Add(time);
        }
        // «وبعد الأزمة التي حدثت في نوفمبر زار الحريري الرياض في فبراير»: a time of its clause after the verb dates it, not one before.
        // «دخلوا كوريا الشمالية اليوم الأحد لإجراء محادثات بشأن الإعداد للقمة»: the time is when the summit was prepared.
        foreach (var d in drafts.Where(d => d.Times.Any(t => t.FirstToken >= d.Trigger.End) || d.Prepared))
            d.Times.RemoveAll(t => t.EndToken <= d.Trigger.First && ClauseOf(t.FirstToken) == ClauseOf(d.Trigger.First));
        // «هبطت الطائرة مساء الجمعة … قبل أن يسافر إلى اثيوبيا»: a time before «قبل أن»/«بعد أن» dates what is told before them.
        foreach (var d in drafts)
            if (TimeClauseStart(ctx, d) is { } bar) d.Times.RemoveAll(t => t.FirstToken < bar);
        // «أعلن الكرملين في 28 سبتمبر عن لقاء»: a time in the clause of a statement verb before the trigger dates the statement;
        // the event took place by then (or is planned), and the mention says so.
        foreach (var d in drafts)
            foreach (var time in times)
                if (IsStatementTime(tokens, time, d.Trigger.First, s.FirstToken)) d.StatementTimes.Add(time);
        // A time that dates a statement («أعلن حفتر، اليوم، أنه سيتوجه») does not date what it plans.
        var statementTimes = drafts.Where(d => d.Type == EventType.Statement).SelectMany(d => d.Times).ToHashSet();
        var free = times.Where(t => !clausesWithTriggers.Contains(ClauseOf(t.FirstToken)) && !IsStatementDate(tokens, t, s.FirstToken)).ToList();
        for (var k = 0; k < drafts.Count; k++)
        {
            var draft = drafts[k];
            // «أفادت تقارير اليوم الخميس بأن المباحثات التي أجراها السيسي … أمس»: a draft dated only by the statement
            // that tells of it takes a time of its own from a clause after it, when there is one.
            var onlyStatementTimes = draft.Times.Count > 0 && draft.Times.All(draft.StatementTimes.Contains);
            if (draft.Times.Count > 0 && !onlyStatementTimes || draft.Type == EventType.Statement) continue;
            // «وصل حفتر إلى موسكو وأجرى محادثات»: a verb joined by «و» to the one before goes on its story, at its time;
            // «بحث خلال تلك الزيارة مع»: so does one held during the visit just told.
            if (!onlyStatementTimes && k > 0 && drafts[k - 1].Times.Count > 0 && drafts[k - 1].Type != EventType.Statement && (draft.Trigger.Proclitics.StartsWith('و')
                || drafts[k - 1].Type == EventType.Visit && IsWhereOf(ctx, draft.Trigger)
                || drafts[k - 1].Type == EventType.Visit && PointsBackAtVisit(tokens, draft.Trigger.End, s.EndToken)))
            {
                draft.Times.AddRange(drafts[k - 1].Times);
                continue;
            }
            // «قال البيت الأبيض، الجمعة، إن ترامب لن يلتقي بزعيم كوريا الشمالية، إلا إذا»: the telling's time says nothing of
            // when what is planned, or put on a condition, will be.
            if (onlyStatementTimes && (draft.Future || draft.Hypothetical)) draft.Times.Clear();
            // «كشف ترامب، الثلاثاء، أن … للاجتماع المرتقب»: a time before «أن» dates the telling, not the plan told.
            var bar = TimeClauseStart(ctx, draft);
            var nearest = free.Where(t => Distance(draft.Trigger, t) <= MaxBorrowedTimeDistance && (bar is null || t.FirstToken >= bar) && (!onlyStatementTimes && !draft.Prepared || t.FirstToken >= draft.Trigger.End)
                    && !((draft.Future || draft.Hypothetical) && (statementTimes.Contains(t) || t.EndToken <= draft.Trigger.First && Enumerable.Range(t.EndToken, draft.Trigger.First - t.EndToken).Any(j => IsThat(tokens, j)))))
                .OrderBy(t => t.FirstToken >= draft.Trigger.End ? 0 : 1).ThenBy(t => Distance(draft.Trigger, t)).FirstOrDefault();
            if (nearest is null) continue;
            if (onlyStatementTimes) draft.Times.Clear();
            // Times listed in consecutive trigger-less clauses belong together.
            var run = free.Where(t => t == nearest || InOneRun(ClauseOf(nearest.FirstToken), ClauseOf(t.FirstToken), clausesWithTriggers)).ToList();
            draft.Times.AddRange(run);
        }
        foreach (var d in drafts) JoinAlternatives(ctx, d.Times);
    }

    /// <summary>Where «قبل أن»/«بعد أن» stands right before the draft's verb: the verb tells another time than the clause before; null otherwise.</summary>
    private int? TimeClauseStart(SentenceContext ctx, Draft d) =>
        d.Trigger.Value.Kind == TriggerKind.Verb ? WhenThatBefore(ctx, StartOfVerb(ctx, d.Trigger.First)) : null;

    /// <summary>Where «قبل»/«بعد» stands, with a bare «أن» after it, right before the verb at <paramref name="verb"/>; null otherwise.</summary>
    private int? WhenThatBefore(SentenceContext ctx, int verb) =>
        verb - 2 >= ctx.Sentence.FirstToken && IsThat(ctx.Tokens, verb - 1) && ctx.Tokens[verb - 1].Enclitic.Length == 0 && lexicon.Is(ctx.Tokens, verb - 2, "when")
            ? verb - 2 : null;

    /// <summary>
    /// «في نهاية مايو المقبل أو بداية يونيو»: two times offered as alternatives are one span the event falls in, at the coarser
    /// precision of the two (2018-05/2018-06), not two events.
    /// </summary>
    private void JoinAlternatives(SentenceContext ctx, List<TimeExpression> times)
    {
        times.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        for (var k = times.Count - 1; k > 0; k--)
        {
            var (first, second) = (times[k - 1], times[k]);
            if (first.Value is not { } one || second.Value is not { } other || !IsOrBetween(ctx.Tokens, first.EndToken, second.FirstToken)) continue;
            var raw = new TextSpan(first.Raw.Start, second.Raw.End);
            times[k - 1] = first with
            {
                Raw = raw, EndToken = second.EndToken, Text = raw.SliceString(ctx.Doc.Raw),
                Value = new DateValue(one.Start < other.Start ? one.Start : other.Start, one.End > other.End ? one.End : other.End, (DatePrecision)Math.Max((int)one.Precision, (int)other.Precision)),
            };
            times.RemoveAt(k);
        }
    }

    /// <summary>Only «أو» (and commas) stand between the two tokens.</summary>
    private bool IsOrBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        var or = false;
        for (var i = from; i < to; i++)
        {
            if (lexicon.Is(tokens, i, "or")) or = true;
            else if (tokens[i].Form != ",") return false;
        }
        return or;
    }

    /// <summary>«خلال تلك الزيارة»، «أثناء الزيارة» within a few words after a trigger.</summary>
    private bool PointsBackAtVisit(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < Math.Min(end, from + NeedsWithinTokens); i++)
            if ((lexicon.Is(tokens, i, "anaphoric") || lexicon.Is(tokens, i, "during")) && (lexicon.Triggers.Match(tokens, i + 1) is { Value.Type: EventType.Visit }
                || lexicon.Is(tokens, i + 1, "anaphoric") && lexicon.Triggers.Match(tokens, i + 2) is { Value.Type: EventType.Visit }))
                return true;
        return false;
    }

    /// <summary>A month (and day) the document gives no year for: kept, so that fusion may date it from another report.</summary>
    private static bool IsYearless(TimeExpression t) =>
        t.Value is null && (t.Unresolved == Time.TimeResolver.NoYear && t.Parts.Month is not null || IsUndatedRelativeDay(t));

    /// <summary>«أمس» in a text with no date: kept, so that another report's date of the event dates the text.</summary>
    private static bool IsUndatedRelativeDay(TimeExpression t) =>
        t.Value is null && t.Unresolved == Time.TimeResolver.NoPublicationDate && t.Parts is { Kind: TimeKind.RelativeDay, Offset: not null };

    private static bool InOneRun(int a, int b, HashSet<int> clausesWithTriggers)
    {
        for (var c = Math.Min(a, b); c <= Math.Max(a, b); c++)
            if (clausesWithTriggers.Contains(c)) return false;
        return true;
    }

    private const int SinceLookBackTokens = 5;

    /// <summary>«أول زيارة منذ انهيار النظام الشيوعي عام 1989»: a time counted from is where a span starts, not when the event was.</summary>
    private bool IsSince(IReadOnlyList<Token> tokens, TimeExpression t, int sentenceStart)
    {
        if (lexicon.Is(tokens, t.FirstToken, "since")) return true; // «منذ 1928» read as one time
        for (var i = t.FirstToken - 1; i >= Math.Max(sentenceStart, t.FirstToken - SinceLookBackTokens); i--)
        {
            if (lexicon.Is(tokens, i, "since")) return true;
            if (tokens[i].Form is "," or ";" or ":" || lexicon.Triggers.Match(tokens, i) is not null) return false;
        }
        return false;
    }

    /// <summary>A statement verb («أعلن»، «أكد») stands between the time and the trigger, or just before the time, within the sentence.</summary>
    private bool IsStatementTime(IReadOnlyList<Token> tokens, TimeExpression t, int trigger, int sentenceStart)
    {
        if (t.EndToken > trigger) return false;
        for (var i = t.EndToken; i < trigger; i++)
            if (lexicon.Is(tokens, i, "statement")) return true;
        for (var i = t.FirstToken - 1; i >= Math.Max(sentenceStart, t.FirstToken - 3); i--)
            if (lexicon.Is(tokens, i, "statement")) return true;
        return false;
    }

    private bool IsStatementDate(IReadOnlyList<Token> tokens, TimeExpression t, int sentenceStart)
    {
        for (var i = t.FirstToken - 1; i >= Math.Max(sentenceStart, t.FirstToken - 2); i--)
            if (lexicon.Is(tokens, i, "report")) return true;
        return false;
    }

    private static int Distance(PhraseMatch<Trigger> trigger, TimeExpression time) =>
        time.FirstToken >= trigger.End ? time.FirstToken - trigger.End : trigger.First - time.EndToken;

    /// <summary>
    /// «ويجري محادثات مع نتانياهو الخميس» in a Wednesday report of a plan: a weekday alone, which the calendar read as the
    /// last one, is the coming one.
    /// </summary>
    private static TimeExpression ComingWeekday(TimeExpression time, DateValue writtenOn) =>
        time is { Value: { Precision: DatePrecision.Day } v, Parts: { Weekday: not null, Day: null, Month: null, Year: null, Offset: null, Direction: TimeDirection.None } }
        && v.End < writtenOn.Start && v.Start == v.End
            ? time with { Value = DateValue.Day(v.Start.AddDays(7)) }
            : time;

    /// <summary>
    /// «وجرى آخر لقاء … في نوفمبر» in a June report: a month written without a year that the calendar placed after the
    /// day of writing goes back a year when the event is told in the past (a recap, or a word of the past before it).
    /// </summary>
    private static TimeExpression? InThePast(Draft d, TimeExpression? time, DateValue? published)
    {
        if (time is not { Value: { } v, Parts: { Year: null, YearOffset: null, Offset: null, Month: not null } } || d.Future || !(d.Recap || d.Past)
            || published is null || v.Start <= published.End) return time;
        return time with { Value = new DateValue(v.Start.AddYears(-1), v.End.AddYears(-1), v.Precision) };
    }
}
