using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;

namespace Rasd.Analysis.Events;

/// <summary>
/// Finds visits, meetings and calls sentence by sentence: a trigger word, its participants (the subject
/// before or right after a verb, the objects and «مع»/«ب» phrases after it; an elided subject
/// taken from the previous verb of the sentence or the document's main actor), its place and the
/// time expression that governs it.
/// </summary>
public sealed partial class EventMentionRecognizer(EventLexicon lexicon, KnowledgeBase kb)
{
    private const int WindowWords = 16;
    private const int NounLookBackWords = 8;
    private const int VerbLookBackWords = 4;
    private const int PlaceLookBackTokens = 3;
    private const int VisitDaysForMeetings = 14;
    private const int MaxBorrowedTimeDistance = 20;
    private const int RecapLookBackTokens = 6;
    private const int FutureLookBackTokens = 3;
    private const int FutureVerbLookBackTokens = 5; // «سيجري حفتر في موسكو مباحثات»
    private const int HypotheticalLookBackTokens = 4;
    private const int AttributionWords = 10;
    // «بحث خلال تلك الزيارة مع»: the word a trigger needs may come a few words on.
    private const int NeedsWithinTokens = 4;
    private const int MaxParentheticalTokens = 12;
    private const int PairLookAheadTokens = 4;
    private const int MatchCueWithinTokens = 4;
    private const int MaxOfficeWords = 3;
    private const int UncertainLookAheadTokens = 8;
    // An event dated this long before the report was written is told as background, not news.
    private const int HistoricalAfterDays = 60;

    private sealed class Draft
    {
        public required PhraseMatch<Trigger> Trigger { get; init; }
        public EventType Type { get; set; }
        public List<string> Actors { get; } = [];
        public List<string> Counterparts { get; } = [];
        public List<PartyGroup> Groups { get; } = [];

        /// <summary>Who acts, named only as a group («وفد من وزارة الخارجية»، «مسؤولين أمريكيين»).</summary>
        public List<PartyGroup> ActorGroups { get; } = [];
        public string? Place { get; set; }

        /// <summary>Who received the other, for a reception: the one the story goes on with («استقبل … كما استقبل»).</summary>
        public string? Host { get; set; }

        /// <summary>Destinations joined to the first by «و» («زيارتي ولي العهد للندن وواشنطن»): a visit to each.</summary>
        public List<string> MorePlaces { get; } = [];
        public bool Negated { get; set; }
        public bool Recap { get; set; }

        /// <summary>A word of the past stands before the trigger («وجرى آخر لقاء»، «عقدت قمة»).</summary>
        public bool Past { get; set; }
        public bool Future { get; set; }

        /// <summary>A verb tells the plan («سيقوم بزيارة … الخميس»): a weekday alone is the coming one, not the last (as in «أعلن عن قرار عقد القمة الأربعاء»).</summary>
        public bool FutureVerb { get; set; }

        /// <summary>«لإجراء محادثات بشأن الإعداد للقمة»: the event is being prepared; a time before it dates the preparing.</summary>
        public bool Prepared { get; set; }
        public bool Hypothetical { get; set; }
        public string? Attribution { get; set; }
        public List<TimeExpression> Times { get; } = [];
        public HashSet<TimeExpression> StatementTimes { get; } = [];

        public TextSpan? Quote { get; set; }
    }

    public IReadOnlyList<EventMention> Recognize(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var byToken = new Mention?[tokens.Count];
        foreach (var m in doc.Mentions)
            for (var i = m.PhraseFirstToken; i < m.EndToken; i++) byToken[i] = m;
        foreach (var m in doc.Mentions.Where(m => m.Type == EntityType.PER))
            ClaimApposition(tokens, byToken, m);
        var inTime = new bool[tokens.Count];
        foreach (var t in doc.TimeExpressions)
            for (var i = t.FirstToken; i < t.EndToken; i++) inTime[i] = true;
        // «مستشفى الملك فهد»: a person a body is named after is no actor of the text.
        var mainActor = doc.Mentions.Where(m => m.Type == EntityType.PER && !IsNamedFor(tokens, m)).GroupBy(m => m.Key)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

        var found = new List<EventMention>();
        string[]? lastPair = null; // the two parties of the last event told, for «لقاء جمع الرجلين»
        var state = new DocumentState { Sport = kb.FieldsOf(doc.Tokens).Contains("sport") };
        foreach (var sentence in doc.Sentences)
        {
            var ctx = new SentenceContext(doc, sentence, byToken, inTime, mainActor, state);
            var drafts = new List<Draft>();
            var triggers = Triggers(ctx);
            for (var k = 0; k < triggers.Count; k++)
            {
                var windowEnd = k + 1 < triggers.Count ? triggers[k + 1].First : sentence.EndToken;
                var previousActor = drafts.LastOrDefault(d => d.Actors.Count > 0 && d.Type != EventType.Statement)?.Actors[0]; // a speaker is not the subject of what they tell
                // «قوله "سأزور كوريا الشمالية"»: unless the verb is in the first person, in the words the speaker said.
                if (triggers[k].Value.FirstPerson && SpeakerOfWords(ctx, drafts, triggers[k]) is { } speaker) previousActor = speaker;
                // «التقى فومين، الذى كان في زيارة لباكستان، مع قائد الجيش»: the verb's window goes on past a relative clause set off by commas.
                var resume = k + 1 < triggers.Count && triggers[k].Value.Kind != TriggerKind.Statement ? AfterParenthetical(ctx, triggers[k], triggers[k + 1]) : null;
                var resumeEnd = k + 2 < triggers.Count ? triggers[k + 2].First : sentence.EndToken;
                if (Arguments(ctx, triggers[k], windowEnd, previousActor, lastPair, resume is { } r && r < resumeEnd ? (r, resumeEnd) : null) is { } draft)
                {
                    // «سيقوم بزيارة … ويزور حائط المبكى»، «يعتزم زيارة بيونغ يانغ ولقاء الزعيم»: a present verb, or a noun, joined by «و» to
                    // a plan is part of the plan.
                    if (draft.Trigger.Proclitics == "و" && (draft.Trigger.Value.Kind == TriggerKind.Verb && (ctx.Tokens[draft.Trigger.First].Stem.StartsWith('ي') || draft.Trigger.Value.FirstPerson)
                        || draft.Trigger.Value.Kind == TriggerKind.Noun && drafts.LastOrDefault()?.Trigger.Value.Kind == TriggerKind.Noun)
                        && drafts.LastOrDefault() is { Future: true } plan) (draft.Future, draft.FutureVerb) = (true, plan.FutureVerb);
                    // «من المتوقع أن يلتقي ترامب خلال زيارته لبكين»: the visit during which a planned meeting is held is planned too.
                    if (draft.Trigger.Value.Kind == TriggerKind.Noun && lexicon.Is(ctx.Tokens, draft.Trigger.First - 1, "during") && drafts.LastOrDefault() is { Future: true } held)
                        (draft.Future, draft.FutureVerb) = (true, held.FutureVerb);
                    // «وصل كيري إلى الدوحة حيث سيلتقي نظراءه»: what is done «where» the visit went happens there.
                    if (draft.Place is null && draft.Type != EventType.Visit && IsWhereOf(ctx, triggers[k]) && drafts.LastOrDefault() is { Type: EventType.Visit, Place: { } there })
                        draft.Place = there;
                    drafts.Add(draft);
                    if (draft.Type != EventType.Statement) state.LastActor = draft.Host ?? draft.Actors.FirstOrDefault() ?? state.LastActor;
                    // Only the event told last can be «the two men»: one of three parties, or a visit, leaves no pair.
                    // A visit by one of the pair («يفكيروف، الذي سبق وأن زار الشرق الليبي للقاء حفتر») leaves it as it was.
                    var byOneOfThePair = draft.Type == EventType.Visit && lastPair is not null && draft.Actors.Count > 0 && lastPair.Contains(draft.Actors[0]);
                    if (draft.Type != EventType.Statement && !byOneOfThePair)
                        lastPair = draft.Type != EventType.Visit && draft.Actors.Concat(draft.Counterparts).Distinct().ToArray() is { Length: 2 } pair ? pair : null;
                }
            }
            // «بحث بوتين مع حفتر في اتصال هاتفي»: the talks of the same two were that call.
            drafts.RemoveAll(d => d.Type == EventType.Meeting && drafts.Any(c => c.Type == EventType.Call && c.Actors.Concat(c.Counterparts).ToHashSet().SetEquals(d.Actors.Concat(d.Counterparts))));
            AssignTimes(ctx, drafts, triggers);
            found.AddRange(drafts.SelectMany(d => Emit(doc, sentence, d)));
        }
        return PlaceMeetingsInVisits(doc, found);
    }

    /// <summary>Whom the pronoun on a reception noun stands for: the sentence's actor so far, else the person named last before it.</summary>
    private static string? OwnerOfTheReception(SentenceContext ctx, PhraseMatch<Trigger> trigger, string? previousActor) =>
        previousActor ?? ctx.MentionsIn(ctx.Sentence.FirstToken, trigger.First).LastOrDefault(m => m.Type == EntityType.PER)?.Key;

    /// <summary>The speaker of the statement of this sentence whose words hold the trigger; null when none does.</summary>
    private static string? SpeakerOfWords(SentenceContext ctx, List<Draft> drafts, PhraseMatch<Trigger> trigger)
    {
        var at = ctx.Doc.Tokens[trigger.First].Raw;
        return drafts.LastOrDefault(d => d.Type == EventType.Statement && d.Quote is { } q && q.Start <= at.Start && at.End <= q.End)?.Actors.FirstOrDefault();
    }

    private const int MaxUnlistedHostWords = 2;
    private const int MaxAppositionTokens = 14;
    private const int MaxWordsAfterTitle = 2;

    /// <summary>
    /// The offices written right after a person's name are the person's, as its titles before it are
    /// («الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»): their tokens are
    /// marked as the name's, so that what follows them is read as following the name. A title joined by «و»
    /// or one that leads into another name («بوتين وزير الدفاع سيرغي شويغو») is not the person's.
    /// </summary>
    private void ClaimApposition(IReadOnlyList<Token> tokens, Mention?[] byToken, Mention person)
    {
        var end = person.EndToken;
        var claimed = end;
        var afterTitle = -1;
        for (var j = end; j < tokens.Count && j - end < MaxAppositionTokens;)
        {
            if (byToken[j] is { } other && other != person)
            {
                // The same person named again by an office («ولي ولي العهد»), or a body or a country its office is of
                // («وزير خارجية مصر»): the person's too, no party or place of its own.
                var ofOffice = afterTitle >= 0 && other.Type is EntityType.ORG or EntityType.GPE && other.PhraseFirstToken == j;
                if (other.Key != person.Key && !ofOffice || other.PhraseFirstToken != j) break;
                j = claimed = other.EndToken;
                afterTitle = other.Key == person.Key && other.Role is not ({ Country: not null } or { Organization: not null }) ? 0 : -1; // one body or country per office
                continue;
            }
            if (byToken[j] is not null) break;
            if (kb.Titles.Match(tokens, j) is { Value: "office" } title && !title.Proclitics.Contains('و', StringComparison.Ordinal)) { j = claimed = title.End; afterTitle = 0; continue; }
            if (afterTitle >= 0 && afterTitle < MaxWordsAfterTitle && (kb.Gentilics.Match(tokens, j) is not null || tokens[j].Form.StartsWith("ال", StringComparison.Ordinal) && tokens[j].Proclitics is [] or ["ال"]))
            {
                afterTitle++;
                claimed = ++j;
                continue;
            }
            break;
        }
        for (var j = end; j < claimed; j++) byToken[j] = person;
    }

    private sealed record SentenceContext(AnalyzedDocument Doc, Sentence Sentence, Mention?[] ByToken, bool[] InTime, string? MainActor, DocumentState State)
    {
        public IReadOnlyList<Token> Tokens => Doc.Tokens;

        /// <summary>The groups read in this sentence whose head is a word for a delegation («وفد أمريكي»).</summary>
        public HashSet<PartyGroup> Delegations { get; } = [];

        /// <summary>The names wholly within <c>[first, end)</c>, found by binary search (mentions come in text order).</summary>
        public IEnumerable<Mention> MentionsIn(int first, int end)
        {
            var mentions = Doc.Mentions;
            int lo = 0, hi = mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (mentions[mid].FirstToken < first) lo = mid + 1; else hi = mid;
            }
            for (var k = lo; k < mentions.Count && mentions[k].FirstToken < end; k++)
                if (mentions[k].PhraseFirstToken >= first && mentions[k].EndToken <= end && !IsInApposition(mentions[k])) yield return mentions[k];
        }

        /// <summary>Where a name ends with the offices written after it («محمد بن سلمان ولي ولي العهد وزير الدفاع»).</summary>
        public int EndOf(Mention m)
        {
            var end = m.EndToken;
            while (end < ByToken.Length && ByToken[end] == m) end++;
            return end;
        }

        /// <summary>A name within the offices written after another person's («وزير خارجية مصر»): no party of its own.</summary>
        public bool IsInApposition(Mention m) => ByToken[m.FirstToken] is { } owner && owner != m && owner.Type == EntityType.PER && owner.EndToken <= m.FirstToken;
    }

    /// <summary>What a text has told so far that later sentences point back at: the head of the delegation it named («الوفد»).</summary>
    private sealed class DocumentState
    {
        public string? DelegationHead { get; set; }

        /// <summary>The actor of the last event told: a verb opening a sentence with «و» or «كما» and no subject goes on with them.</summary>
        public string? LastActor { get; set; }

        /// <summary>The speaker of the last statement: «وأضاف أن» goes on with them.</summary>
        public string? Speaker { get; set; }

        /// <summary>The text is about sport: a meeting noun there is a match.</summary>
        public bool Sport { get; init; }
    }

    private List<PhraseMatch<Trigger>> Triggers(SentenceContext ctx)
    {
        var list = new List<PhraseMatch<Trigger>>();
        bool? sports = null; // read once, when a meeting noun first asks
        for (var i = ctx.Sentence.FirstToken; i < ctx.Sentence.EndToken; i++)
        {
            if (ctx.ByToken[i] is not null || lexicon.Triggers.Match(ctx.Tokens, i, enclitics: true) is not { } t) continue;
            // «حضر الاستقبال»: a reception with the article is a ceremony with guests, not one host receiving one visitor.
            if (t.Value.Kind == TriggerKind.ReceptionNoun && t.Proclitics.EndsWith("ال", StringComparison.Ordinal)) continue;
            // «الدعم»، «بالدعم»: a verb's form with the article is the noun, which names no one acting.
            if (t.Value.Kind == TriggerKind.Verb && t.Proclitics.EndsWith("ال", StringComparison.Ordinal)) continue;
            // «خلال تلك الزيارة»، «هذه الزيارة»: a noun pointing back at an event told already is no new one.
            // «حضر مأدبة غداء مع الجنرال»: attended with someone named, it is a meeting with them all the same.
            if (t.Value.Kind == TriggerKind.Noun && (lexicon.Is(ctx.Tokens, i - 1, "anaphoric") || IsAttended(ctx, i) && !IsWithSomeone(ctx, t.End)
                || lexicon.Is(ctx.Tokens, i - 1, "during") && (t.Proclitics.EndsWith("ال", StringComparison.Ordinal) || ctx.Tokens[i].Form.StartsWith("ال", StringComparison.Ordinal)))) continue;
            // «لقاءاته الودية أمام فريق أريس»: a match, not a meeting; in a text about sport (domains.tsv), «اللقاء» is the match.
            if (t.Value.Type == EventType.Meeting && (Enumerable.Range(t.End, MatchCueWithinTokens).Any(j => j < ctx.Sentence.EndToken && lexicon.Is(ctx.Tokens, j, "match-near"))
                || t.Value.Kind == TriggerKind.Noun && (ctx.State.Sport || (sports ??= Enumerable.Range(ctx.Sentence.FirstToken, ctx.Sentence.EndToken - ctx.Sentence.FirstToken).Any(j => lexicon.Is(ctx.Tokens, j, "match")))))) continue;
            // «أجرى بوتين وأردوغان محادثات»: the parties stand before the noun, as the subjects of the verb of holding.
            // «ودعا الجهيناوي نظيره البريطاني بوريس جونسون، خلال جلسة عمل»: the two the clause names before the noun.
            // «قمة الرئيس الأمريكي دونالد ترامب وكيم جونغ أون»: or the two people whose meeting it is follow it, joined by «و».
            if (t.Value.Needs is { Count: > 0 } needs && !NeededWordFollows(ctx, t.End, needs) && HoldersOf(ctx, t).Count == 0
                && !(t.Value.Kind == TriggerKind.Noun && lexicon.Is(ctx.Tokens, t.First - 1, "during") && SubjectAndObject(ctx, t) is not null)
                && !(t.Value is { Type: EventType.Meeting, Kind: TriggerKind.Noun } && IsPairAfter(ctx, t.End))) continue;
            list.Add(t);
            i = t.End - 1;
        }
        return list;
    }

    /// <summary>Two people named right after <paramref name="at"/>, the second joined to the first by «و» («ترامب وكيم»).</summary>
    private static bool IsPairAfter(SentenceContext ctx, int at) =>
        at < ctx.Sentence.EndToken && ctx.ByToken[at] is { Type: EntityType.PER, Proclitics.Length: 0 } first && first.PhraseFirstToken == at
        && ctx.EndOf(first) is var next && next < ctx.Sentence.EndToken && ctx.ByToken[next] is { Type: EntityType.PER } second && second != first
        && second.PhraseFirstToken == next && ctx.Tokens[next].Proclitics is ["و", ..];

    /// <summary>
    /// «حضر اللقاء»، «شارك في الاجتماع»: a word of attending right before the meeting noun, or with a time between
    /// («للمشاركة اليوم في اجتماعات آسيان»).
    /// </summary>
    private bool IsWithSomeone(SentenceContext ctx, int at) =>
        at + 1 < ctx.Sentence.EndToken && lexicon.Is(ctx.Tokens, at, "with") && ctx.ByToken[at + 1] is { Type: EntityType.PER } m && m.PhraseFirstToken == at + 1;

    private bool IsAttended(SentenceContext ctx, int noun)
    {
        if (lexicon.EndsRightBefore(ctx.Tokens, noun, "attend")) return true;
        var at = noun > ctx.Sentence.FirstToken && lexicon.Is(ctx.Tokens, noun - 1, "location") ? noun - 1 : noun;
        var beforeTime = at;
        while (beforeTime > ctx.Sentence.FirstToken && ctx.InTime[beforeTime - 1]) beforeTime--;
        return beforeTime < at && lexicon.EndsRightBefore(ctx.Tokens, beforeTime, "attend");
    }

    /// <summary>
    /// «وهذه هي أول زيارة لمسؤول أميركي»: a word pointing back before the noun, pronouns and ordinals between. Such a noun
    /// tells again a visit told already: it names its visitor when it does («وهذه أول زيارة يقوم بها كارتر»), not a group.
    /// </summary>
    private bool PointsBack(IReadOnlyList<Token> tokens, int noun)
    {
        for (var i = noun - 1; i >= Math.Max(0, noun - 3); i--)
        {
            if (lexicon.Is(tokens, i, "anaphoric")) return true;
            if (!lexicon.Is(tokens, i, "filler")) return false;
        }
        return false;
    }

    /// <summary>One of <paramref name="needs"/> within a few words, names, their titles and times not counted («مغادرة ولي العهد الأمير محمد بن سلمان إلى»، «حل أمس الأربعاء بتونس، في زيارة»).</summary>
    private static bool NeededWordFollows(SentenceContext ctx, int from, IReadOnlyList<string> needs)
    {
        // «سيبحث، خلال زيارته التي تستمر ثلاثة أيام، مع»: what commas set off right after the trigger does not count.
        if (from < ctx.Sentence.EndToken && ctx.Tokens[from].Form == ","
            && Enumerable.Range(from + 1, Math.Max(0, Math.Min(ctx.Sentence.EndToken, from + 1 + MaxParentheticalTokens) - from - 1)).FirstOrDefault(j => ctx.Tokens[j].Form == ",", -1) is var close and > 0)
            from = close + 1;
        var words = 0;
        for (var j = from; j < ctx.Sentence.EndToken && words < NeedsWithinTokens; j++)
        {
            if (needs.Contains(ctx.Tokens[j].Form)) return true;
            if (ctx.ByToken[j] is null && !ctx.InTime[j]) words++;
        }
        return false;
    }

    /// <summary>
    /// Where the sentence goes on for a trigger past the next one, when that one only interrupts it: a relative clause set off
    /// by commas («، الذى كان في زيارة لباكستان،»: the token after its closing comma), or a visit noun with a pronoun that says
    /// when («لدى وصوله المطار»: the token after it and its place). Null when the next trigger interrupts nothing.
    /// </summary>
    private int? AfterParenthetical(SentenceContext ctx, PhraseMatch<Trigger> trigger, PhraseMatch<Trigger> next)
    {
        var tokens = ctx.Tokens;
        var from = trigger.End;
        // «وكان في استقبال الرئيس لدى وصوله المطار الأمير فيصل»، «أن يلتقي ترامب خلال زيارته لبكين بالرئيس الصيني»: the next
        // trigger, a noun with a pronoun after «لدى»/«خلال», only says when; the sentence goes on after it and its place.
        if (next.Value.Kind == TriggerKind.Noun && next.Enclitic.Length > 0 && (lexicon.Is(tokens, next.First - 1, "during") || lexicon.Is(tokens, next.First - 1, "upon")))
        {
            var after = next.End;
            while (after < ctx.Sentence.EndToken && (lexicon.Cue(tokens, after) is { Value: "destination" or "location" or "place-noun" or "institution" } || ctx.InTime[after])) after++;
            if (after < ctx.Sentence.EndToken && ctx.ByToken[after] is { Type: EntityType.GPE or EntityType.LOC } place) after = ctx.EndOf(place);
            return trigger.Value.Kind is TriggerKind.Verb or TriggerKind.ReceptionNoun ? after : null;
        }
        if (trigger.Value.Kind != TriggerKind.Verb) return null;
        var opens = Enumerable.Range(from, Math.Max(0, next.First - from)).Any(i => i > from && tokens[i - 1].Form == "," && lexicon.Is(tokens, i, "relative"));
        if (!opens) return null;
        for (var i = next.End; i < ctx.Sentence.EndToken; i++)
            if (tokens[i].Form == ",") return i + 1;
        return null;
    }

    private Draft? Arguments(SentenceContext ctx, PhraseMatch<Trigger> trigger, int windowEnd, string? previousActor, string[]? lastPair, (int From, int Limit)? resume = null)
    {
        var tokens = ctx.Tokens;
        var end = WindowEnd(ctx, trigger.End, windowEnd);
        var after = ctx.MentionsIn(trigger.End, end).ToList();
        if (resume is var (resumeFrom, resumeLimit) && end == windowEnd)
        {
            end = WindowEnd(ctx, resumeFrom, resumeLimit);
            after.AddRange(ctx.MentionsIn(resumeFrom, end));
        }
        var type = trigger.Value.Type;
        // «في لقاء تلفزيوني مع شبكة فوكس نيوز»، «في لقائه مع قناة "بي إف إم"»: a meeting noun with the press is an interview.
        if (type == EventType.Meeting && trigger.Value.Kind == TriggerKind.Noun && IsInterview(tokens, trigger.End, end)) return null;
        if (type == EventType.Meeting && trigger.Value.Kind == TriggerKind.Noun && IsSessionOfABody(ctx, trigger, after, end)) return null;
        // «محادثات مع كوريا الجنوبية»: a country right after «مع» is the party met when no one is named for it.
        // «محادثات مع مسؤولين فلسطينيين، حسبما ذكرت فرانس برس»: the source of the claim takes no part; nor does a body whose
        // demands, or anything else, a preposition leads to («بمطالب الاتحاد الأوروبي»).
        var parties = after.Where(m => (IsParticipant(tokens, m, type)
            || m.Type == EntityType.GPE && type is EventType.Meeting or EventType.Call && lexicon.Is(tokens, m.PhraseFirstToken - 1, "with")) && !IsSourceOfClaim(ctx, m)
            && !IsGenitiveOfAPrepositionalNoun(ctx, m) && !IsServedByATitle(ctx, m)).ToList();
        // «لن يلتقي بزعيم كوريا الشمالية، إلا إذا اتخذت»، «لم يلتق إلا بالسفير»: an exception after the event's words undoes its negation.
        var negated = IsNegated(tokens, trigger.First, ctx.Sentence.FirstToken);
        var exception = negated ? ExceptionAfter(tokens, trigger.End, windowEnd, ctx.Sentence.EndToken) : null;
        var draft = new Draft
        {
            Trigger = trigger, Type = trigger.Value.Type,
            Negated = negated && exception is null || IsCalledOff(ctx, trigger.First) || IsDenied(ctx, trigger.First),
            Recap = HasCueBefore(tokens, trigger.First, ctx.Sentence.FirstToken, "recap", RecapLookBackTokens),
            Past = HasCueBefore(tokens, trigger.First, ctx.Sentence.FirstToken, "past", FutureLookBackTokens),
            // «سيزور»: the future prefix on the verb; «من المقرر أن يلتقي»: a word of planning before it.
            Future = trigger.Value.Kind != TriggerKind.Noun && trigger.Proclitics.Contains('س', StringComparison.Ordinal)
                || HasCueBefore(tokens, trigger.First, ctx.Sentence.FirstToken, "future", FutureLookBackTokens)
                || trigger.Value.Kind == TriggerKind.Noun && HasFutureVerbBefore(tokens, trigger.First, ctx.Sentence.FirstToken) // «سيجري حفتر مباحثات»
                || trigger.Value.Kind == TriggerKind.Noun && IsInvited(ctx, trigger) // an invitation is to a visit not yet made
                || trigger.Value.Kind == TriggerKind.Noun && IsUpcoming(ctx, trigger, windowEnd), // «زيارة الرئيس السيسي المقبلة»
            Hypothetical = HasCueBefore(tokens, trigger.First, ctx.Sentence.FirstToken, "hypothetical", HypotheticalLookBackTokens)
                || exception is { } except && lexicon.Is(tokens, except + 1, "hypothetical") // «لن يلتقي … إلا إذا»: on a condition
                || trigger.Value.Kind == TriggerKind.Noun && HasCueAfter(tokens, windowEnd, ctx.Sentence.EndToken, trigger.End, "uncertain"),
            Attribution = Attribution(ctx, trigger.First),
        };
        // «أبدى كيم، الجمعة، استعداده لزيارة سيول»: what is intended, as what is prepared, is to come, and a time before it dates the intending.
        draft.Prepared = HasCueBefore(tokens, trigger.First, ctx.Sentence.FirstToken, "prepare", FutureLookBackTokens)
            || trigger.Value.Kind == TriggerKind.Noun && IsIntended(tokens, trigger.First);
        draft.Future |= draft.Prepared;
        draft.FutureVerb = draft.Future && (trigger.Value.Kind != TriggerKind.Noun || HasFutureVerbBefore(tokens, trigger.First, ctx.Sentence.FirstToken));
        var elided = previousActor ?? ctx.MainActor;
        var maker = Maker(ctx, trigger); // «قام … بزيارة»
        Mention? subject = null;
        int? actorGroupEnd = null; // the token after the group that acts, where that group is its subject
        switch (trigger.Value.Kind)
        {
            case TriggerKind.Statement:
                return Statement(ctx, trigger, draft, parties);
            case TriggerKind.Verb when SaidOfHimself(ctx, trigger.First, type) is { } speaker:
                // «وأكد حفتر أنه التقى بوتين»: the pronoun on «أن» is the subject, the one who says it; who follows the verb was met.
                draft.Actors.Add(speaker.Key);
                draft.Counterparts.AddRange(parties.Where(m => m.Key != speaker.Key).Select(m => m.Key));
                break;
            case TriggerKind.Verb:
            {
                // «إن فيديريكا موغيريني، منسقة السياسة الخارجية، ستلتقي الحبيب الصيد»: a subject closed off by a comma goes first; who follows was met.
                subject = ImmediatelyBefore(ctx, trigger.First, type) ?? RecapSubject(ctx, trigger.First, type) ?? ClauseSubject(ctx, StartOfVerb(ctx, trigger.First), type);
                // «يصل اليوم إلى مدينة ميلان المشرف العام منصور البلوي»: the subject may follow a time and a destination.
                if (subject is null && !trigger.Value.FirstPerson && parties.FirstOrDefault(m => !IsCounterpartMarked(tokens, m)) is { } first && IsSubjectAfter(ctx, trigger.End, first)
                    // «وصل حفتر إلى موسكو حيث التقى شويغو»: the only name after a verb going on with the sentence's actor is the one met.
                    && !(type is EventType.Meeting or EventType.Call && previousActor is not null && previousActor != first.Key && parties.All(m => m == first)))
                    subject = first;
                // «يزور وفد من المعارضة برئاسة خالد خوجة»، «يلتقي الوفد»: a delegation is its head.
                var delegation = subject is null ? Delegation(ctx, trigger.End, end, parties) : null;
                if (delegation is { Head: { } head }) subject = head;
                // No subject written: the verb goes on the sentence's previous one («وصل … وأجرى»), or a
                // subject a few words back («بوتين سبق والتقى»); never a guess from elsewhere in the text.
                var actor = subject?.Key ?? delegation?.Key ?? Antecedent(ctx, trigger.First, type)?.Key ?? previousActor ?? NearestBefore(ctx, trigger.First, VerbLookBackWords, type)?.Key
                    ?? SubjectBeforeTheTime(ctx, StartOfVerb(ctx, trigger.First), type)?.Key
                    ?? (LeavingBefore(ctx, trigger.First) is { } left ? ImmediatelyBefore(ctx, left, type)?.Key : null)
                    ?? (GoesOnWithTheStory(ctx, trigger) ? ctx.State.LastActor : null); // «كما التقت بالأمين العام»: the one the story was about
                if (actor is null)
                {
                    if (GroupSubject(ctx, trigger, end, -1) is not var (actorGroup, groupEnd)) return null;
                    draft.ActorGroups.Add(actorGroup);
                    actorGroupEnd = groupEnd;
                }
                else draft.Actors.Add(actor);
                draft.Counterparts.AddRange(parties.Where(m => m != subject).Select(m => m.Key));
                // «وكان لافروف ونظيره الأمريكي جون كيري قد وصلا»: names joined by «و» before the subject act with it;
                // for a meeting the first is who meets, the others whom.
                if (subject is not null && subject.EndToken <= trigger.First && JoinedBefore(ctx, subject, type) is { Count: > 0 } joined)
                {
                    if (type == EventType.Visit) draft.Actors.InsertRange(0, joined.Select(m => m.Key));
                    else
                    {
                        draft.Actors.Clear();
                        draft.Actors.Add(joined[0].Key);
                        draft.Counterparts.InsertRange(0, joined.Skip(1).Select(m => m.Key).Append(subject.Key));
                    }
                }
                break;
            }
            case TriggerKind.Noun when lastPair is not null && NamesThePair(ctx, trigger, windowEnd):
                // «آخر لقاء جمع الرجلين»، «اللقاء الأول بين الطرفين»: the two parties of the event told just before.
                draft.Actors.Add(lastPair[0]);
                draft.Counterparts.Add(lastPair[1]);
                break;
            case TriggerKind.Noun when type == EventType.Meeting && trigger.Proclitics.EndsWith('ل') && previousActor is not null
                && parties is [var met, ..] && met.Key != previousActor && IsGenitiveOf(ctx, trigger, met):
            {
                // «وصل بومبيو إلى القصر الملكي للقاء ولي العهد»: he went to meet the one the noun names, and those joined to them by «و».
                draft.Actors.Add(previousActor);
                draft.Counterparts.Add(met.Key);
                for (var k = 1; k < parties.Count && IsJoinedTo(ctx, parties[k - 1], parties[k]); k++) draft.Counterparts.Add(parties[k].Key);
                break;
            }
            case TriggerKind.Noun when type == EventType.Meeting && trigger.Enclitic.Length == 0 && parties is [var met] && !IsCounterpartMarked(tokens, met)
                && IsGenitiveOf(ctx, trigger, met) && ImmediatelyBefore(ctx, trigger.First, type) is { } doer && doer.Key != met.Key:
                // «رفض الرئيس عباس لقاء نائب الرئيس الأمريكي»، «طلب حفتر لقاء بوتين»: the verb's subject meets the one the noun names.
                draft.Actors.Add(doer.Key);
                draft.Counterparts.Add(met.Key);
                break;
            case TriggerKind.Noun when BetweenHimAnd(ctx, trigger, windowEnd, parties) is { } other && PronounOwner(ctx, trigger, previousActor) is { } him && him != other.Key:
                // «للاجتماع المرتقب بينه وبين الزعيم الكوري الشمالي»: the pronoun is the one the sentence is about.
                draft.Actors.Add(him);
                draft.Counterparts.Add(other.Key);
                break;
            case TriggerKind.Noun when Between(ctx, trigger, windowEnd, parties) is { Count: >= 2 } between:
                // «لقاء بين ترامب وبوتين»، «قمة بين الرئيس الأمريكي ونظيره الروسي»: the parties after «بين», the first as actor.
                draft.Actors.Add(between[0].Key);
                draft.Counterparts.AddRange(between.Skip(1).Select(m => m.Key));
                break;
            case TriggerKind.Noun when type == EventType.Call && CallerAndCalled(ctx, trigger, parties) is var (caller, called):
                // «هنأ الرئيس ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين»: the verb's subject called its object.
                draft.Actors.Add(caller.Key);
                draft.Counterparts.Add(called.Key);
                break;
            case TriggerKind.Noun when parties.Count == 0 && type is EventType.Meeting or EventType.Call && PartiesOfTheClause(ctx, trigger) is var (actor, counterpart):
                // «بحث بوتين مع روحاني في اتصال هاتفي»: the call is how the two the clause names spoke.
                draft.Actors.Add(actor.Key);
                draft.Counterparts.Add(counterpart.Key);
                break;
            case TriggerKind.Noun:
            {
                // «عقد الرئيس هادي اجتماعا ضم أحمد بن دغر وحيدر العطاس»: who holds a meeting that gathers others meets them.
                var gatherer = maker < 0 && trigger.Enclitic.Length == 0 && trigger.End < end
                    && lexicon.Cues.Match(tokens, trigger.End, enclitics: true) is { Value: "joins", Enclitic.Length: 0 } && SoleHolder(ctx, trigger) is { } gathers
                    && parties.All(m => m.Key != gathers.Key) ? gathers : null;
                // «زيارة حفتر»: the genitive is the actor; «محادثات مع شويغو»: a marked name is a counterpart.
                var genitive = maker >= 0 || gatherer is not null ? null : parties.FirstOrDefault(m => !IsCounterpartMarked(tokens, m) && IsGenitiveOf(ctx, trigger, m));
                // A pronoun suffix is the actor («زيارته»: his visit; «لقائه مبعوث الأمم المتحدة»: his meeting with the envoy)
                // unless it is the «ي» of a dual with a name right after (the dual «زيارتي يفكيروف»: Yevkurov's two visits).
                var possessive = trigger.Enclitic.Length > 0 && !(trigger.Enclitic == "ي" && genitive is not null && IsRightAfter(ctx, trigger.End, genitive));
                // Whom a pronoun on the noun stands for: read only where it can act (the noun's own, or «لقاء جمعه بـ»).
                var owner = possessive || genitive is null && maker < 0 ? PronounOwner(ctx, trigger, previousActor) : null;
                var delegation = possessive || genitive is not null && IsRightAfter(ctx, trigger.End, genitive) ? null : Delegation(ctx, trigger.End, end, parties);
                if (delegation is { Head: { } head }) genitive = head;
                // «قام مدير الشرطة العميد عبدالرحمن الثمالي، ومدير المرور العميد خالد حجري، بزيارة»: the subjects of the verb of making.
                var makers = maker >= 0 && !possessive && genitive is null && delegation is null ? MakersOf(ctx, maker, trigger.First, type) : [];
                // «وعقد الرئيس السيسي ونظيره الفرنسي ماكرون جلسة مباحثات»: the subjects of the verb of holding meet each other.
                var holders = makers.Count == 0 && !possessive && genitive is null && delegation is null && parties.Count == 0 ? HoldersOf(ctx, trigger) : [];
                // «عقد الملك سلمان في قصر العوجا، اليوم الخميس، جلسة مباحثات مع نواز شريف»: one subject of the verb of holding,
                // however far, meets those the noun marks (or a group after it).
                var holder = makers.Count == 0 && holders.Count == 0 && !possessive && genitive is null && delegation is null
                    && (parties.FirstOrDefault(m => m.Type is not (EntityType.GPE or EntityType.LOC)) is not { } met || IsMetWith(ctx, trigger.End, met)) ? SoleHolder(ctx, trigger) : null;
                var invitee = Invitee(ctx, trigger, type);
                // «يعتزم زيارة بيونغ يانغ ولقاء الزعيم كيم جونغ أون»: a meeting noun joined by «و» to the event just told, with one person
                // after it and no one else, is that event's actor meeting him.
                if (type == EventType.Meeting && !possessive && trigger.Proclitics == "و" && previousActor is not null && genitive is { Type: EntityType.PER } metAfter
                    && metAfter.Key != previousActor && parties.Count == 1 && IsRightAfter(ctx, trigger.End, metAfter))
                {
                    draft.Actors.Add(previousActor);
                    draft.Counterparts.Add(metAfter.Key);
                    break;
                }
                var actor = possessive ? owner : gatherer?.Key ?? genitive?.Key ?? delegation?.Key ?? makers.FirstOrDefault()?.Key ?? holders.FirstOrDefault()?.Key ?? holder?.Key
                    ?? (genitive is null && maker < 0 && JoinsHimWith(ctx, trigger) ? owner : null) ?? invitee?.Key ?? NearestBefore(ctx, trigger.First, NounLookBackWords, type)?.Key
                    ?? Antecedent(ctx, maker >= 0 ? maker : trigger.First, type)?.Key ?? previousActor // «ظريف، الذي بدأ الثلاثاء زيارة»: the verb of making opens the clause
                    ?? SubjectOfTheSentence(ctx, trigger, type)?.Key
                    ?? (IsIntended(tokens, trigger.First) ? Intending(ctx, trigger, type)?.Key : null) // «أعلنت … فدريكا موغريني، اعتزامها زيارة طهران»
                    ?? (lexicon.Is(tokens, trigger.First - 1, "future") ? SaidOfHimself(ctx, trigger.First - 1, type)?.Key : null) // «وقال الأسد إنه يعتزم زيارة»
                    ?? (type is EventType.Meeting or EventType.Call ? SubjectAfterTheOpening(ctx, trigger)?.Key : null) // «وفي اتصال هاتفي مع أردوغان، أكد بوتين»
                    ?? (type is EventType.Meeting or EventType.Call ? SpeakerAround(ctx, trigger) : null)
                    ?? (maker >= 0 && OpensTheSentenceGoingOn(ctx, maker) ? ctx.State.LastActor : null) // «وسيقوم بزيارة النصب التذكاري»
                    ?? (IsMealOrTalksOfTheStory(ctx, trigger, parties) ? ctx.State.LastActor : null); // «وقد حضر مأدبة غداء مع الجنرال»
                // «وجه الوزير البريطاني دعوة إلى الجهيناوي لزيارة لندن»: an invitation to someone the text does not name as a person: no one known visits.
                if (actor is not null && !possessive && genitive is null && makers.Count == 0 && delegation is null && invitee is null && InvitesOneAfter(ctx, trigger)) return null;
                // «زيارة وفد من جماعة الحوثي ولقائهم بنصرالله»: a plural pronoun stands for the group named just before.
                if (possessive && (PluralOwner(ctx, trigger) ?? DelegationOwner(ctx, trigger)) is { } owners) draft.ActorGroups.Add(owners);
                // «سيستقبلهم شخصيا عند وصولهم»: «هم» stands for no one named; with no group before it, it is not the host's own visit.
                else if (possessive && trigger.Enclitic is "هم" or "هن" && LastGroupBefore(ctx, trigger) is null) return null;
                else if (actor is null)
                {
                    if (possessive || PointsBack(tokens, trigger.First) || GroupSubject(ctx, trigger, end, maker) is not var (actorGroup, _)) return null;
                    // «قام عدد من أعضاء شرف النادي بزيارة …، يتقدمهم السفير محمد طيب»: a group is its head when the text names one.
                    if (HeadNamed(ctx, trigger.End) is { } groupHead) draft.Actors.Add(groupHead.Key);
                    else draft.ActorGroups.Add(actorGroup);
                }
                else draft.Actors.Add(actor);
                draft.Actors.AddRange(makers.Skip(1).Select(m => m.Key));
                draft.Counterparts.AddRange(holders.Skip(1).Select(m => m.Key));
                draft.Counterparts.AddRange(parties.Where(m => m != genitive || possessive).Select(m => m.Key));
                break;
            }
            case TriggerKind.Reception or TriggerKind.ReceptionNoun:
            {
                // The host receives the guest: «استقبله X»، «في استقبال حفتر X»، «استقبلت موسكو حفتر».
                // «رئيس مدينة الملك عبدالله للطاقة الذرية الدكتور هاشم يماني»: a person an institution is named after is no one received;
                // a place receives only right after the verb («استقبلت موسكو حفتر»), not from inside an office («للخطوط الجوية العربية»).
                var candidates = after.Where(m => m.Type != EntityType.MISC && !IsPlaceLed(tokens, m) && !IsNamedFor(tokens, m)
                    && !(m.Type is EntityType.GPE or EntityType.LOC && !IsRightAfter(ctx, trigger.End, m))).ToList();
                Mention? host, guest = null;
                string? guestKey;
                // «زيارة الى مدينة سبيطلة اين وقع استقبالهم من طرف اعضاء النيابة»: with «من قبل»/«من طرف» after it, the pronoun is the
                // guest — the group just named, or the person — and the one after those words the host.
                if (trigger.Enclitic.Length > 0 && trigger.Value.Kind == TriggerKind.ReceptionNoun && lexicon.Cues.Match(tokens, trigger.End) is { Value: "agent" } agent)
                {
                    // «من طرف الوالي محمد سمشة»: an office the titles do not list may stand before the host's name.
                    var hostNamed = candidates.FirstOrDefault(m => m.PhraseFirstToken >= agent.End && m.PhraseFirstToken <= agent.End + MaxUnlistedHostWords
                        && Enumerable.Range(agent.End, m.PhraseFirstToken - agent.End).All(j => ctx.ByToken[j] is null && IsBareDefinite(tokens[j])) && m.Type is not (EntityType.GPE or EntityType.LOC));
                    var hostGroup = hostNamed is null ? GroupAt(ctx, agent.End, end)?.Group : null;
                    var guestGroup = trigger.Enclitic is "هم" or "هن" ? LastGroupBefore(ctx, trigger, inWholeSentence: true) : null;
                    var guestNamed = guestGroup is null && trigger.Enclitic is "ه" or "ها" ? OwnerOfTheReception(ctx, trigger, previousActor) : null;
                    if (hostNamed is null && hostGroup is null || guestGroup is null && guestNamed is null || guestNamed is not null && guestNamed == hostNamed?.Key) return null;
                    if (guestGroup is not null) draft.ActorGroups.Add(guestGroup); else draft.Actors.Add(guestNamed!);
                    if (hostNamed is not null) { draft.Counterparts.Add(hostNamed.Key); draft.Host = hostNamed.Key; } else draft.Groups.Add(hostGroup!);
                    break;
                }
                if (trigger.Enclitic.Length > 0 && trigger.Value.Kind == TriggerKind.ReceptionNoun && !lexicon.Is(tokens, trigger.First - 1, "location"))
                {
                    // «أثناء استقباله رئيس الوزراء الياباني»: he receives; «كان في استقباله X»: X receives him.
                    guest = candidates.FirstOrDefault(m => m.Type is not (EntityType.GPE or EntityType.LOC));
                    guestKey = guest?.Key;
                    var owner = OwnerOfTheReception(ctx, trigger, previousActor) ?? ctx.MainActor;
                    if (owner is null || guestKey is null || owner == guestKey) return null;
                    draft.Actors.Add(owner);
                    draft.Counterparts.Add(guestKey);
                    draft.Host = owner;
                    break;
                }
                if (trigger.Enclitic.Length > 0) { host = candidates.FirstOrDefault(); guestKey = elided; }
                // «وكان في استقبال الطائرة عند وصولها وكيل الإمارة»: the guest stands right after the noun; when no one named does, no one is.
                else if (trigger.Value.Kind == TriggerKind.ReceptionNoun)
                {
                    guest = candidates.FirstOrDefault(m => IsRightAfter(ctx, trigger.End, m));
                    host = guest is null ? null : candidates.SkipWhile(m => m != guest).Skip(1).FirstOrDefault();
                    guestKey = guest?.Key;
                }
                // A place receives a visitor («استقبلت موسكو حفتر») but is never the one received.
                // «السيسي وزوجته قد استقبلا ميلانيا»: with one name after the verb, the host may stand a few words before it.
                else { host = ImmediatelyBefore(ctx, trigger.First, type) ?? (candidates.Count == 1 ? NearestBefore(ctx, trigger.First, VerbLookBackWords, type) : null) ?? candidates.FirstOrDefault(); guest = candidates.FirstOrDefault(m => m.Key != host?.Key && m.Type is not (EntityType.GPE or EntityType.LOC)); guestKey = guest?.Key; }
                // «كما استقبل … الدكتور هاشم يماني»: one person after a verb that goes on with the story is the one the story's host received.
                if (trigger.Value.Kind == TriggerKind.Reception && trigger.Enclitic.Length == 0 && guest is null && candidates is [{ Type: EntityType.PER } only] && host == only
                    && GoesOnWithTheStory(ctx, trigger) && ctx.State.LastActor is { } storyHost && storyHost != only.Key)
                {
                    draft.Actors.Add(only.Key);
                    draft.Counterparts.Add(storyHost);
                    draft.Host = storyHost;
                    break;
                }
                // «استقبل رئيس الجمهورية بقصر قرطاج وفدا عن حزب نداء تونس»: the guests are a group, named before anyone in it.
                if (trigger.Value.Kind == TriggerKind.Reception && trigger.Enclitic.Length == 0 && host is { Type: EntityType.PER } && host.FirstToken >= trigger.End
                    && GroupOpeningAfter(ctx, ctx.EndOf(host), end) is var (guests, at) && (guest is null || at < guest.PhraseFirstToken))
                {
                    // «وفدا من الكونغرس برئاسة السيناتور جون ماكين»: a delegation is its head when the text names one.
                    if (Delegation(ctx, at, end, parties) is { Head: { } head }) draft.Actors.Add(head.Key);
                    else draft.ActorGroups.Add(guests);
                    draft.Counterparts.Add(host.Key);
                    draft.Host = host.Key;
                    break;
                }
                if (host is null || guestKey is null) return null;
                if (host.Type is EntityType.GPE or EntityType.LOC)
                {
                    draft.Type = EventType.Visit;
                    draft.Place = host.Key;
                }
                else
                {
                    draft.Counterparts.Add(host.Key);
                    draft.Host = host.Key;
                }
                draft.Actors.Add(guestKey);
                // «استقبل السيسي كلا من وزير الخارجية الأمريكي ووزير الدفاع»: guests joined by «و» to the first are received with them.
                if (guest is not null && candidates.IndexOf(guest) is var g and >= 0)
                    for (var k = g + 1; k < candidates.Count && IsJoinedTo(ctx, candidates[k - 1], candidates[k]) && candidates[k].Type == EntityType.PER; k++)
                        draft.Actors.Add(candidates[k].Key);
                break;
            }
        }
        var objectVisit = draft.Type == EventType.Visit && VisitsAnObject(ctx, trigger, maker);
        draft.Place ??= Place(ctx, trigger, after, draft.Type, subject, objectVisit) ?? PlaceAfterGroup(ctx, trigger, draft);
        if (draft.Type == EventType.Visit && draft.Place is not null) draft.MorePlaces.AddRange(JoinedPlaces(ctx, after, draft.Place));
        draft.Counterparts.RemoveAll(draft.Actors.Contains);
        var distinct = draft.Counterparts.Distinct().ToList();
        draft.Counterparts.Clear();
        draft.Counterparts.AddRange(distinct);
        if (draft.Type == EventType.Visit)
        {
            draft.Counterparts.Clear(); // hosts of a visit come with the meetings held during it
            return draft.Actors.Count + draft.ActorGroups.Count > 0 && (draft.Place is not null || objectVisit) ? draft : null;
        }
        // «أجرى محادثات مع مسؤولين روس»: a meeting or call with people named only as a group is one all the same.
        // The group follows the verb, or its subject when that comes after it («وسيلتقي كيري نظراءه»).
        var groupFrom = subject is { } s && s.FirstToken >= trigger.End ? s.EndToken : trigger.End;
        // «اجتماع العبادي مع ضباط وزارة الداخلية»، «لقاء عقده الرئيس السيسي مع رؤساء كبرى الشركات»: or the one who holds the
        // meeting, named right after the noun or the verb of holding on it.
        if (trigger.Value.Kind == TriggerKind.Noun && draft.Actors is [var holderKey] && trigger.End < end)
        {
            var at = lexicon.Cues.Match(tokens, trigger.End, enclitics: true) is { Value: "joins" } ? trigger.End + 1 : trigger.End;
            if (ctx.MentionsIn(at, end).FirstOrDefault() is { } named && named.Key == holderKey && named.PhraseFirstToken == at)
                groupFrom = Math.Max(groupFrom, ctx.EndOf(named));
        }
        // «واجتمع الوفد البلجيكي مع ممثلي المجتمع المدني»: a group the text has made known, definite and in more than a word, or a
        // delegation said to be of somewhere («وفدا من الولايات المتحدة سيجري محادثات … مع مسؤولين محليين»), may meet a group too
        // («مسؤولون أمريكيون مع مسؤولين روس» stays too vague).
        var acting = draft.ActorGroups is [var actingGroup] && actingGroup.Text.Contains(' ', StringComparison.Ordinal)
            && (ArabicNormalizer.Normalize(actingGroup.Text).StartsWith("ال", StringComparison.Ordinal) || ctx.Delegations.Contains(actingGroup)) ? actingGroup : null;
        if (acting is not null && actorGroupEnd is { } actingEnd) groupFrom = Math.Max(groupFrom, actingEnd);
        if (draft.Type is EventType.Meeting or EventType.Call && (draft.Actors.Count == 1 || acting is not null && draft.Actors.Count == 0) && draft.Counterparts.Count == 0
            && GroupAfter(ctx, groupFrom, end) is { } group && group.Text != draft.ActorGroups.FirstOrDefault()?.Text)
            draft.Groups.Add(group);
        // «ويلتقي برشلونة مع مانشستر يونايتد» in a text about sport: two teams meeting is a match.
        if (ctx.State.Sport && draft.Type == EventType.Meeting && draft.Actors.Concat(draft.Counterparts).All(k => ctx.Doc.Mentions.FirstOrDefault(m => m.Key == k)?.Type == EntityType.ORG)) return null;
        // «اجتمع الوفد مع رئيس كوريا الجنوبية»: a group that acts meets someone named; two groups alone are too vague.
        if (draft.ActorGroups.Count > 0) return draft.Type is EventType.Meeting or EventType.Call && draft.Counterparts.Count + draft.Groups.Count > 0 ? draft : null;
        // Every event but a visit and a deployment (someone going somewhere) takes two parties, and an accusation,
        // a threat, a request or support someone who acts on someone else: «دعمت موسكو حفتر».
        if (draft.Type == EventType.Deploy) return draft.Actors.Count > 0 && draft.Place is not null ? draft : null;
        return draft.Actors.Count + draft.Counterparts.Count + draft.Groups.Count >= 2
            && (draft.Type is EventType.Meeting or EventType.Call or EventType.Agreement || draft.Actors.Count > 0 && draft.Counterparts.Count > 0) ? draft : null;
    }

    /// <summary>
    /// The window after a trigger: up to the next trigger, a topic word or the sentence's end, at most
    /// <see cref="WindowWords"/> words besides names and their titles (a prince's titles run to a dozen words).
    /// </summary>
    private int WindowEnd(SentenceContext ctx, int from, int limit)
    {
        var tokens = ctx.Tokens;
        var words = 0;
        for (var i = from; i < limit; i++)
        {
            if (ctx.ByToken[i] is not null) continue; // a word of a name («آلان»، «الآن» in match form) is no cue
            if (lexicon.Is(tokens, i, "topic")) return i; // «بحث مع بوتين عن مصير فاغنر»: what follows is the topic
            // «استقبال ماكرون من قبل السبسي»: «من قبل» names who did it, no time.
            if (lexicon.Is(tokens, i, "when") && !ctx.InTime[i] && !(i > 0 && lexicon.Cues.Match(tokens, i - 1) is { Value: "agent" } agent && agent.End > i)) return i;
            if (lexicon.Is(tokens, i, "aside")) return i; // «لقاء بارزاني وهو زعيم …»: what follows tells of him, not of the event
            if (IsThat(tokens, i)) return i; // «وقال بوتين، خلال لقاء …، إن»: what follows «إن/أن» is what was said
            if (tokens[i].IsWord && ++words > WindowWords) return i;
        }
        return limit;
    }

    /// <summary>
    /// Who said what: the speaker right before the verb or right after it («قال بوتين إن …»، «بوتين قال»), or the
    /// speaker of the statement before when none is written («وأضاف أن …»); what was said is what follows «إن»/«أن»
    /// or a colon or a quotation mark, to the sentence's end.
    /// </summary>
    private Draft? Statement(SentenceContext ctx, PhraseMatch<Trigger> trigger, Draft draft, List<Mention> parties)
    {
        var tokens = ctx.Tokens;
        bool CanSpeak(Mention m) => m.Type is EntityType.PER or EntityType.ORG or EntityType.GPE && !IsPlaceLed(tokens, m) && !IsCounterpartMarked(tokens, m);
        var speaker = ImmediatelyBefore(ctx, trigger.First, EventType.Statement) is { } before && CanSpeak(before) ? before
            : parties.FirstOrDefault(CanSpeak) is { } after && IsSubjectAfter(ctx, trigger.End, after) ? after : null;
        var from = speaker is not null && speaker.EndToken > trigger.End ? speaker.EndToken : trigger.End;
        var quoted = false;
        while (from < ctx.Sentence.EndToken && (ctx.InTime[from] || tokens[from].Form is "," or "\""))
            quoted |= tokens[from++].Form == "\"";
        // Right after the speaker: «إن»/«أن»، «عن» (أعلن عن), a colon or a quotation mark; else, past the medium
        // («في بيان له»، «في تصريح لوكالة»), «إن»/«أن».
        var quoteStart = -1;
        if (from < ctx.Sentence.EndToken && (IsThat(tokens, from) || lexicon.Is(tokens, from, "topic") || tokens[from].Form == ":")) quoteStart = from + 1;
        else if (speaker is not null)
            for (var i = from; i < Math.Min(ctx.Sentence.EndToken, from + StatementLeadTokens); i++)
            {
                if (lexicon.Triggers.Match(tokens, i) is not null) break; // another verb: what follows is not this speaker's
                if (IsThat(tokens, i)) { quoteStart = i + 1; break; }
            }
        if (quoteStart < 0 && quoted && speaker is not null) quoteStart = from; // «قال بوتين "…"»
        // «وأضاف أن»: no subject written goes on with the speaker before; «وأكدت المصادر أن» has one, unnamed.
        var key = speaker?.Key ?? (trigger.Proclitics.StartsWith('و') && quoteStart == from + 1 ? ctx.State.Speaker : null);
        if (key is null || quoteStart < 0) return null;
        while (quoteStart < ctx.Sentence.EndToken && tokens[quoteStart].Kind == TokenKind.Punctuation) quoteStart++;
        var quoteEnd = ctx.Sentence.EndToken;
        while (quoteEnd > quoteStart && tokens[quoteEnd - 1].Kind == TokenKind.Punctuation) quoteEnd--;
        if (quoteEnd - quoteStart < MinQuoteTokens) return null;
        ctx.State.Speaker = key;
        draft.Actors.Add(key);
        draft.Quote = ctx.Doc.RawSpan(quoteStart, quoteEnd);
        return draft;
    }

    private const int StatementLeadTokens = 12;
    private const int MinQuoteTokens = 3;

    /// <summary>
    /// «وقال خامنئي، خلال لقاء جمعه بالدبلوماسيين، إن …»: a meeting told between a verb of saying and what was
    /// said is where the speaker said it, so the speaker took part. The speaker right after or before the verb; null otherwise.
    /// </summary>
    private string? SpeakerAround(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        if (!lexicon.Is(ctx.Tokens, trigger.First - 1, "during") || SayingVerbBefore(ctx, trigger.First - 1) is not { } verb) return null;
        var that = Enumerable.Range(trigger.End, Math.Max(0, ctx.Sentence.EndToken - trigger.End)).FirstOrDefault(i => IsThat(ctx.Tokens, i), -1);
        if (that < 0) return null;
        return (ctx.MentionsIn(verb + 1, trigger.First).FirstOrDefault(m => IsParticipant(ctx.Tokens, m, EventType.Statement)) ?? ImmediatelyBefore(ctx, verb, EventType.Statement))?.Key;
    }

    /// <summary>
    /// For a meeting or call noun after «في»/«خلال» with no one named after it («اتفق بوتين مع نظيره حسن روحاني في اتصال
    /// هاتفي»): the party marked by «مع» before it in its clause, and the subject before that one. Null when the clause has not both.
    /// </summary>
    private (Mention Actor, Mention Counterpart)? PartiesOfTheClause(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        var tokens = ctx.Tokens;
        if (!lexicon.Is(tokens, trigger.First - 1, "location") && !lexicon.Is(tokens, trigger.First - 1, "during")) return null;
        Mention? counterpart = null;
        for (var i = trigger.First - 2; i >= ctx.Sentence.FirstToken && i >= trigger.First - 1 - NounLookBackWords; i--)
        {
            if (tokens[i].Form is "," or ";" or ":" || IsThat(tokens, i)) break;
            if (ctx.ByToken[i] is not { } m || !IsParticipant(tokens, m, EventType.Statement)) continue;
            if (IsCounterpartMarked(tokens, m)) { counterpart = m; break; }
            i = m.PhraseFirstToken;
        }
        if (counterpart is null) return SubjectAndObject(ctx, trigger);
        var actor = NearestBefore(ctx, counterpart.PhraseFirstToken, VerbLookBackWords, EventType.Meeting);
        return actor is null || actor.Key == counterpart.Key ? null : (actor, counterpart);
    }

    /// <summary>
    /// «ودعا الجهيناوي نظيره البريطاني بوريس جونسون، خلال جلسة عمل»: the verb that opens the sentence, its subject and its
    /// object, a person, right before «في»/«خلال» and the noun: the two met. Null when the clause is not so.
    /// </summary>
    private (Mention Actor, Mention Counterpart)? SubjectAndObject(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        var tokens = ctx.Tokens;
        var j = trigger.First - 2;
        if (j > ctx.Sentence.FirstToken && tokens[j].Form == ",") j--;
        if (j <= ctx.Sentence.FirstToken || ctx.ByToken[j] is not { Type: EntityType.PER } obj || obj.EndToken != j + 1 || obj.Proclitics.Length > 0) return null;
        var s = obj.PhraseFirstToken - 1;
        if (s <= ctx.Sentence.FirstToken || ctx.ByToken[s] is not { } subject || subject.EndToken != s + 1 || subject.Proclitics.Any(c => c is 'ل' or 'ب')
            || !IsParticipant(tokens, subject, EventType.Meeting) || subject.Key == obj.Key) return null;
        var verb = subject.PhraseFirstToken - 1;
        return verb >= ctx.Sentence.FirstToken && verb <= ctx.Sentence.FirstToken + 1 && tokens[verb].IsWord && ctx.ByToken[verb] is null
            && !ctx.InTime[verb] && lexicon.Triggers.Match(tokens, verb, enclitics: true) is null ? (subject, obj) : null;
    }

    /// <summary>
    /// A call noun after «في» or «خلال» between a verb's subject and its object («هنأ ترامب في اتصال هاتفي نظيره الروسي بوتين»):
    /// the subject, right after the verb that opens the clause, and the object right after the noun. Null otherwise.
    /// </summary>
    private (Mention Caller, Mention Called)? CallerAndCalled(SentenceContext ctx, PhraseMatch<Trigger> trigger, List<Mention> parties)
    {
        var tokens = ctx.Tokens;
        if (!lexicon.Is(tokens, trigger.First - 1, "location") && !lexicon.Is(tokens, trigger.First - 1, "during")) return null;
        if (parties is not [var called, ..] || called.Type is EntityType.GPE or EntityType.LOC || IsCounterpartMarked(tokens, called) || !IsRightAfter(ctx, trigger.End, called)) return null;
        var caller = ImmediatelyBefore(ctx, trigger.First - 1, EventType.Call);
        return caller is not null && caller.PhraseFirstToken - 1 >= ctx.Sentence.FirstToken
            && tokens[caller.PhraseFirstToken - 1].IsWord && ctx.ByToken[caller.PhraseFirstToken - 1] is null && caller.Key != called.Key ? (caller, called) : null;
    }

    /// <summary>The person named last before a noun of intent in its sentence, with no «أن» between: whom its pronoun stands for.</summary>
    private Mention? Intending(SentenceContext ctx, PhraseMatch<Trigger> trigger, EventType type) =>
        ctx.MentionsIn(ctx.Sentence.FirstToken, trigger.First).LastOrDefault(m => m.Type == EntityType.PER) is { } person
        && IsParticipant(ctx.Tokens, person, type) && !IsCounterpartMarked(ctx.Tokens, person) && !IsSourceOfClaim(ctx, person)
        && !Enumerable.Range(person.EndToken, trigger.First - person.EndToken).Any(i => IsThat(ctx.Tokens, i)) ? person : null;

    /// <summary>A noun of intent with a pronoun right before the trigger, or before «في» there («استعداده لزيارة»، «رغبته في زيارة»).</summary>
    private bool IsIntended(IReadOnlyList<Token> tokens, int trigger) =>
        lexicon.Is(tokens, trigger - 1, "intent") || lexicon.Is(tokens, trigger - 1, "location") && lexicon.Is(tokens, trigger - 2, "intent");

    /// <summary>«حيث» right before the trigger, or with an auxiliary or a future word between («حيث سيلتقي»، «حيث من المقرر أن يلتقي»).</summary>
    private bool IsWhereOf(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(ctx.Sentence.FirstToken, trigger.First - FutureLookBackTokens); i--)
        {
            if (lexicon.Is(ctx.Tokens, i, "where")) return true;
            if (!lexicon.Is(ctx.Tokens, i, "auxiliary") && !lexicon.Is(ctx.Tokens, i, "future") && !IsThat(ctx.Tokens, i)) return false;
        }
        return false;
    }

    /// <summary>A verb that opens its sentence joined to the story before («والتقى»، «كما التقت»، «ثم زار»).</summary>
    private bool GoesOnWithTheStory(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.First == ctx.Sentence.FirstToken && trigger.Proclitics.StartsWith('و') || OpensTheSentenceGoingOn(ctx, trigger.First);

    /// <summary>
    /// «وقد حضر مأدبة غداء مع الجنرال السابق»: a meeting noun right after the verb that opens the sentence going on with the story,
    /// with the one met marked by «مع» or «ب» after it: the story's actor held it.
    /// </summary>
    private bool IsMealOrTalksOfTheStory(SentenceContext ctx, PhraseMatch<Trigger> trigger, List<Mention> parties) =>
        trigger.Value.Type == EventType.Meeting && trigger.Enclitic.Length == 0 && trigger.Proclitics.Length == 0 && trigger.First > ctx.Sentence.FirstToken
        && ctx.ByToken[trigger.First - 1] is null && ctx.Tokens[trigger.First - 1].IsWord && lexicon.Triggers.Match(ctx.Tokens, trigger.First - 1) is null
        && OpensTheSentenceGoingOn(ctx, trigger.First - 1)
        && parties.FirstOrDefault(m => m.Type is not (EntityType.GPE or EntityType.LOC)) is { } met && IsMetWith(ctx, trigger.End, met);

    private bool OpensTheSentenceGoingOn(SentenceContext ctx, int verb) =>
        verb == ctx.Sentence.FirstToken && ctx.Tokens[verb].Proclitics is [ "و", .. ]
        || verb == ctx.Sentence.FirstToken + 1 && lexicon.Is(ctx.Tokens, ctx.Sentence.FirstToken, "continues")
        // «وقد التقت بكاتبة الدولة»: an auxiliary joined by «و» opens the sentence before the verb.
        || verb == ctx.Sentence.FirstToken + 1 && ctx.Tokens[ctx.Sentence.FirstToken].Proclitics is ["و", ..] && lexicon.Is(ctx.Tokens, ctx.Sentence.FirstToken, "auxiliary")
        || IsPlannedGoingOn(ctx, verb);

    // «ومن المتوقع أن يلتقي اليوم مع مسعود بارزاني»: only a word of planning and «أن», joined by «و», stand before the verb.
    private bool IsPlannedGoingOn(SentenceContext ctx, int verb)
    {
        var first = ctx.Sentence.FirstToken;
        if (verb <= first || ctx.Tokens[first].Proclitics is not ["و", ..] || lexicon.Cue(ctx.Tokens, first) is not { Value: "future" } plan) return false;
        var next = plan.End;
        if (next < verb && IsThat(ctx.Tokens, next) && ctx.Tokens[next].Enclitic.Length == 0) next++;
        return next == verb;
    }

    // «إن»، «أن», also with a pronoun on it («أنه»، «إنها»).
    private bool IsThat(IReadOnlyList<Token> tokens, int i) => lexicon.Cues.Match(tokens, i, enclitics: true) is { Value: "that" };

    private const int LongestTitleTokens = 4;

    /// <summary>«والمبعوث الشخصي للرئيس فلاديمير بوتين»: a person behind «ل» right after a title is whom the office serves, no party.</summary>
    private bool IsServedByATitle(SentenceContext ctx, Mention m)
    {
        if (m.Type != EntityType.PER || !m.Proclitics.EndsWith('ل')) return false;
        for (var j = m.PhraseFirstToken - 1; j >= Math.Max(ctx.Sentence.FirstToken, m.PhraseFirstToken - LongestTitleTokens); j--)
            if (ctx.ByToken[j] is null && kb.Titles.Match(ctx.Tokens, j) is { Value: "office" } title
                && (title.End == m.PhraseFirstToken || title.End < m.PhraseFirstToken && Enumerable.Range(title.End, m.PhraseFirstToken - title.End).All(k => IsBareDefinite(ctx.Tokens[k]))))
                return true;
        return false;
    }

    // «الشخصي»، «المطرب»: a word with the article and no other clitic.
    private static bool IsBareDefinite(Token token) => token is { IsWord: true, Proclitics: ["ال"], Enclitic.Length: 0 };

    // A country does not visit or meet (its envoys do), but it signs, asks, supports, accuses, threatens and deploys («دعمت موسكو حفتر»).
    /// <summary>«ندد … بمطالب الاتحاد الأوروبي»: a body in construct with a common noun that carries a preposition is what the noun is of.</summary>
    private bool IsGenitiveOfAPrepositionalNoun(SentenceContext ctx, Mention m)
    {
        var i = m.PhraseFirstToken - 1;
        if (m.Type != EntityType.ORG || i < ctx.Sentence.FirstToken || ctx.ByToken[i] is not null || ctx.InTime[i]) return false;
        var token = ctx.Tokens[i];
        return token.IsWord && token.Proclitics is ["ب"] or ["ل"] && token.Enclitic.Length == 0 && lexicon.Cue(ctx.Tokens, i) is null
            && lexicon.Triggers.Match(ctx.Tokens, i, enclitics: true) is null && lexicon.Group(ctx.Tokens, i) is null && kb.Titles.Match(ctx.Tokens, i) is null;
    }

    private bool IsParticipant(IReadOnlyList<Token> tokens, Mention m, EventType type) =>
        (m.Type is EntityType.PER or EntityType.ORG || m.Type == EntityType.GPE && type is not (EventType.Visit or EventType.Meeting or EventType.Call))
        && !IsPlaceLed(tokens, m)
        && !IsNamedFor(tokens, m)
        && !IsAPlaceTaggedAsAPerson(tokens, m);

    // «زار الفريق مقر المشروع» («الفريق» read as the rank): a person the knowledge base does not know whose name opens with a word
    // for a kind of place is that place.
    private bool IsAPlaceTaggedAsAPerson(IReadOnlyList<Token> tokens, Mention m) =>
        m.Type == EntityType.PER && m.Key.StartsWith("per:", StringComparison.Ordinal) && lexicon.Cue(tokens, m.FirstToken) is { Value: "place-noun" or "institution" or "site" };

    // «مدينة الملك عبدالعزيز»، «جامعة الملك سعود»: a person an institution is named after takes no part.
    // The institution's word stands in construct before the name: no article, no preposition («اليوم بالمركز سفير …» names no one for it).
    private bool IsNamedFor(IReadOnlyList<Token> tokens, Mention m) =>
        m.Type == EntityType.PER && lexicon.Cue(tokens, m.PhraseFirstToken - 1) is { Value: "place-noun" or "institution" } cue
        && !cue.Proclitics.Contains("ال", StringComparison.Ordinal) && !cue.Proclitics.Contains('ب', StringComparison.Ordinal) && !cue.Proclitics.Contains('ل', StringComparison.Ordinal);

    /// <summary>A name after «مع» or with «ب» glued on («بخليفة حفتر»، «بالرئيس») is a counterpart, never the subject.</summary>
    private bool IsCounterpartMarked(IReadOnlyList<Token> tokens, Mention m) =>
        m.Proclitics.EndsWith('ب') || lexicon.Is(tokens, m.PhraseFirstToken - 1, "with");

    /// <summary>A cue of <paramref name="role"/> among the words after the trigger, up to the next trigger (within the noun's phrase).</summary>
    /// <summary>A word of the press right after a meeting noun, or after «مع» there («لقاء تلفزيوني»، «لقائه مع قناة»، «حوار لصحيفة»).</summary>
    private bool IsInterview(IReadOnlyList<Token> tokens, int from, int end)
    {
        var at = from < end && lexicon.Is(tokens, from, "with") ? from + 1 : from;
        return at < end && lexicon.Is(tokens, at, "media");
    }

    /// <summary>
    /// «اجتماع الجمعية العامة للأمم المتحدة»، «اجتماع طارئ لمجلس الأمن الدولي»: a meeting noun in construct with one body (and
    /// what that body is part of), no one else named and no «مع» or «بين», is the body sitting by itself.
    /// </summary>
    private bool IsSessionOfABody(SentenceContext ctx, PhraseMatch<Trigger> trigger, List<Mention> after, int end)
    {
        if (trigger.Enclitic.Length > 0) return false;
        var at = trigger.End;
        if (at < end && ctx.ByToken[at] is null && ctx.Tokens[at].IsWord && lexicon.Cue(ctx.Tokens, at) is null) at++; // «طارئ»، «الأول»
        // «للاجتماع بنظرائه» is with them; «ومجلس …» is one more party.
        if (at >= end || ctx.ByToken[at] is not { Type: EntityType.ORG } body || body.PhraseFirstToken != at || body.Proclitics.Any(c => c is 'و' or 'ب')) return false;
        var rest = after.Where(m => m.PhraseFirstToken > body.PhraseFirstToken).ToList();
        if (rest.Any(m => m.Type == EntityType.PER || m.Proclitics.Contains('و', StringComparison.Ordinal))) return false;
        if (rest is [var parent, ..] && parent.PhraseFirstToken != ctx.EndOf(body) && parent.Type == EntityType.ORG) return false;
        for (var i = trigger.End; i < end; i++)
            if (lexicon.Cue(ctx.Tokens, i) is { Value: "with" or "between" }) return false;
        return true;
    }

    private const int ExceptionLookAheadTokens = 8;

    /// <summary>
    /// Where a word of exception («إلا») stands a few words after the trigger, before the next one; null when none does, or
    /// when «أن» follows it: «إلا أن» is "but", and the negation stands («لم يلتق بوتين بحفتر، إلا أن لافروف التقاه»).
    /// </summary>
    private int? ExceptionAfter(IReadOnlyList<Token> tokens, int from, int windowEnd, int sentenceEnd)
    {
        for (var i = from; i < Math.Min(Math.Min(sentenceEnd, windowEnd), from + ExceptionLookAheadTokens); i++)
            if (lexicon.Is(tokens, i, "except")) return i + 1 < sentenceEnd && IsThat(tokens, i + 1) ? null : i;
        return null;
    }

    private bool HasCueAfter(IReadOnlyList<Token> tokens, int windowEnd, int sentenceEnd, int from, string role)
    {
        for (var i = from; i < Math.Min(sentenceEnd, Math.Max(windowEnd, from + UncertainLookAheadTokens)); i++)
            if (lexicon.Is(tokens, i, role)) return true;
        return false;
    }

    /// <summary>A word of what is to come after a noun trigger, in its window and outside a time expression («الأسبوع المقبل» dates it).</summary>
    private bool IsUpcoming(SentenceContext ctx, PhraseMatch<Trigger> trigger, int windowEnd)
    {
        for (var i = trigger.End; i < Math.Min(ctx.Sentence.EndToken, Math.Max(windowEnd, trigger.End + UncertainLookAheadTokens)); i++)
            if (!ctx.InTime[i] && (lexicon.Is(ctx.Tokens, i, "upcoming") || i == trigger.End && lexicon.Is(ctx.Tokens, i, "future"))) return true; // «الاجتماع المرتقب»
        return false;
    }

    private bool HasCueBefore(IReadOnlyList<Token> tokens, int trigger, int sentenceStart, string role, int window)
    {
        for (var i = trigger - 1; i >= Math.Max(sentenceStart, trigger - window); i--)
            if (lexicon.Is(tokens, i, role)) return true;
        return false;
    }

    /// <summary>
    /// The source a sentence gives for its claim, as written: what follows «بحسب»، «وفق»، «نقلا عن» up
    /// to a comma («بحسب مصادر تابعة لوزارة الدفاع الروسية»), or the one who says it («قال الكرملين إن»،
    /// «أعلنت وزارة الخارجية أن»); null when the sentence names none before the trigger.
    /// </summary>
    private string? Attribution(SentenceContext ctx, int trigger)
    {
        var tokens = ctx.Tokens;
        for (var i = trigger - 1; i >= ctx.Sentence.FirstToken; i--)
        {
            if (lexicon.Cue(tokens, i) is not { } cue) continue;
            if (cue.Value == "attribution")
            {
                var end = cue.End;
                var words = 0;
                while (end < trigger && tokens[end].Form is not ("," or "،" or ":" or ";") && (!tokens[end].IsWord || ++words <= AttributionWords)) end++;
                return end > cue.End ? ctx.Doc.RawSpan(cue.End, end).SliceString(ctx.Doc.Raw) : null;
            }
            if (cue.Value == "statement" && ctx.ByToken[cue.End < tokens.Count ? cue.End : cue.End - 1] is { } speaker && speaker.PhraseFirstToken == cue.End && speaker.EndToken <= trigger)
                return ctx.Doc.RawSpan(speaker.PhraseFirstToken, speaker.EndToken).SliceString(ctx.Doc.Raw);
        }
        return null;
    }

    private const int SourceLeadTokens = 2; // «حسبما ذكرت فرانس برس»: a verb of saying may stand between

    /// <summary>A name right after a word of attribution («وفقا لوكالة رويترز»، «بحسب الكرملين»).</summary>
    private bool IsSourceOfClaim(SentenceContext ctx, Mention m)
    {
        for (var i = m.PhraseFirstToken - 1; i >= Math.Max(ctx.Sentence.FirstToken, m.PhraseFirstToken - SourceLeadTokens); i--)
            if (lexicon.Is(ctx.Tokens, i, "attribution")) return true;
        return false;
    }

    /// <summary>A verb with the future prefix («سيجري»، «ستعقد») a few words before a meeting or visit noun.</summary>
    private static bool HasFutureVerbBefore(IReadOnlyList<Token> tokens, int trigger, int sentenceStart)
    {
        for (var i = trigger - 1; i >= Math.Max(sentenceStart, trigger - FutureVerbLookBackTokens); i--)
            if (tokens[i].Proclitics.Contains("س")) return true;
        return false;
    }

    private const int CancelLookBackWords = 3;

    /// <summary>«ألغى الرئيس الأمريكي دونالد ترامب القمة»، «إلغاء الزيارة»: a word of calling off a few words before, names and their titles not counted.</summary>
    private bool IsCalledOff(SentenceContext ctx, int trigger)
    {
        var words = 0;
        for (var i = trigger - 1; i >= ctx.Sentence.FirstToken && words <= CancelLookBackWords; i--)
        {
            if (lexicon.Cues.Match(ctx.Tokens, i) is { Value: "cancel" }) return true;
            if (ctx.ByToken[i] is null && ctx.Tokens[i].IsWord) words++;
        }
        return false;
    }

    private const int DenyLookBackWords = 6;

    /// <summary>«نفى الكرملين أن يكون بوتين قد التقى ترامب»: a word of denial a few words before, names not counted, and no word of saying between.</summary>
    private bool IsDenied(SentenceContext ctx, int trigger)
    {
        var words = 0;
        for (var i = trigger - 1; i >= ctx.Sentence.FirstToken && words <= DenyLookBackWords; i--)
        {
            var cue = lexicon.Cues.Match(ctx.Tokens, i)?.Value;
            if (cue == "deny") return true;
            if (cue == "statement") return false; // «نفى … وأكد أنه التقى»: what is affirmed after the denial
            if (ctx.ByToken[i] is null && ctx.Tokens[i].IsWord) words++;
        }
        return false;
    }

    private bool IsNegated(IReadOnlyList<Token> tokens, int trigger, int sentenceStart)
    {
        for (var i = trigger - 1; i >= Math.Max(sentenceStart, trigger - 2); i--)
            if (lexicon.Is(tokens, i, "negation")) return !lexicon.Is(tokens, i + 1, "measure"); // «لم يستغرق اجتماع … 15 دقيقة»
        return false;
    }

    /// <summary>
    /// «دعا الرئيس … إسماعيل ولد الشيخ إلى زيارة عدن»، «تلقى الحريري دعوة لزيارة المملكة»: the visitor of a visit
    /// someone is invited to is the last party named before it, after the word of inviting.
    /// </summary>
    private Mention? Invitee(SentenceContext ctx, PhraseMatch<Trigger> trigger, EventType type)
    {
        if (type != EventType.Visit || InviteBefore(ctx, trigger) is not { } invite) return null;
        // «دعوة الحكومة إلى مبعوث الأمم المتحدة»: the one invited may follow «إلى».
        bool Invited(Mention m) => m.Type == EntityType.PER && (IsParticipant(ctx.Tokens, m, type) || PlaceLead(ctx.Tokens, m) == "destination");
        var after = ctx.MentionsIn(ctx.Sentence.FirstToken, trigger.First).LastOrDefault(m => m.EndToken > invite - 1 && Invited(m));
        // «تلقى الرئيس دعوة لزيارة روسيا»: the one before the invitation got it; «وجه الوزير دعوة إلى الجهيناوي» names whom after «إلى».
        return after ?? (InvitesOneAfter(ctx, invite) ? null
            : ctx.MentionsIn(ctx.Sentence.FirstToken, invite).LastOrDefault(m => IsParticipant(ctx.Tokens, m, type) && m.Type == EntityType.PER));
    }

    private bool InvitesOneAfter(SentenceContext ctx, int invite) => lexicon.Is(ctx.Tokens, invite + 1, "destination");

    /// <summary>Whether a visit noun is one someone is invited to, the invitation sent «إلى» whom it names.</summary>
    private bool InvitesOneAfter(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.Value.Type == EventType.Visit && InviteBefore(ctx, trigger) is { } invite && InvitesOneAfter(ctx, invite);

    private bool IsInvited(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.Value.Type == EventType.Visit && InviteBefore(ctx, trigger) is not null;

    /// <summary>
    /// The last word of inviting before the trigger in its sentence, a few words back, names and their titles not counted
    /// («دعوة بريطانيا إلى مراجعة تحذير السفر الموجه إلى مواطنيها الراغبين في زيارة تونس» invites no one to visit); null if none.
    /// </summary>
    private int? InviteBefore(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        var words = 0;
        for (var i = trigger.First - 1; i >= ctx.Sentence.FirstToken && words <= InviteLookBackWords; i--)
        {
            if (lexicon.Is(ctx.Tokens, i, "invite")) return i;
            if (ctx.ByToken[i] is { } named) { i = Math.Min(i, named.PhraseFirstToken); continue; }
            if (ctx.Tokens[i].IsWord) words++;
        }
        return null;
    }

    private const int InviteLookBackWords = 6;

    /// <summary>A word for the two parties («الرجلين»، «الطرفين») right after a meeting noun, through «جمع» or «بين» or a time.</summary>
    private bool NamesThePair(SentenceContext ctx, PhraseMatch<Trigger> trigger, int windowEnd)
    {
        for (var i = trigger.End; i < Math.Min(windowEnd, trigger.End + PairLookAheadTokens); i++)
        {
            if (lexicon.Is(ctx.Tokens, i, "pair")) return true;
            if (ctx.ByToken[i] is not null) return false;
        }
        return false;
    }

    /// <summary>
    /// The participants after «بين» when it follows a meeting noun within a few words («لقاء بين»، «اللقاء الأخير بين»,
    /// «قمة مرتقبة بين»); empty when no «بين» leads them or a name comes before it.
    /// </summary>
    private List<Mention> Between(SentenceContext ctx, PhraseMatch<Trigger> trigger, int windowEnd, List<Mention> parties)
    {
        if (trigger.Value.Type is not (EventType.Meeting or EventType.Call)) return [];
        for (var i = trigger.End; i < Math.Min(windowEnd, trigger.End + PairLookAheadTokens); i++)
        {
            if (ctx.ByToken[i] is not null) return [];
            if (!lexicon.Is(ctx.Tokens, i, "between")) continue;
            // The parties joined by «و» («بين ترامب وبوتين»), not what comes after them («على هامش قمة آسيان»).
            var joined = new List<Mention>();
            foreach (var m in parties.Where(m => m.PhraseFirstToken > i))
            {
                // «بين رئيس جنوب السودان سلفاكير ميرديت»: an office and the country it serves may stand before the first.
                if (joined.Count == 0 && m.PhraseFirstToken != i + 1 && !IsSubjectAfter(ctx, i + 1, m) || joined.Count > 0 && !IsJoinedTo(ctx, joined[^1], m)) break;
                joined.Add(m);
            }
            return joined;
        }
        return [];
    }

    private const int MaxUnlistedOfficeTokens = 6;

    /// <summary>«بينه وبين كيم»: the party after «وبين» when «بين» carries a pronoun right after a meeting noun; null otherwise.</summary>
    private Mention? BetweenHimAnd(SentenceContext ctx, PhraseMatch<Trigger> trigger, int windowEnd, List<Mention> parties)
    {
        if (trigger.Value.Type is not (EventType.Meeting or EventType.Call)) return null;
        for (var i = trigger.End; i + 2 < Math.Min(windowEnd, trigger.End + PairLookAheadTokens + 1); i++)
        {
            if (ctx.ByToken[i] is not null) return null;
            if (lexicon.Cues.Match(ctx.Tokens, i, enclitics: true) is not { Value: "between", Enclitic.Length: > 0 }) continue;
            if (lexicon.Cues.Match(ctx.Tokens, i + 1) is not { Value: "between", Proclitics: "و" }) return null;
            // «وبين الزعيم الكوري الشمالي كيم جونغ أون»: an office the titles do not list may stand before the name.
            return parties.FirstOrDefault(m => m.PhraseFirstToken > i + 1 && (IsSubjectAfter(ctx, i + 2, m) || m.PhraseFirstToken - (i + 2) <= MaxUnlistedOfficeTokens
                && Enumerable.Range(i + 2, m.PhraseFirstToken - i - 2).All(j => ctx.ByToken[j] is null && (ctx.Tokens[j].IsWord && ctx.Tokens[j].Proclitics is [] or ["ال"] || ctx.Tokens[j].Form == ","))));
        }
        return null;
    }

    private const int JoinedTitleWords = 3;

    /// <summary>
    /// Whether <paramref name="next"/> is joined by «و» to <paramref name="previous"/>: only punctuation between, or
    /// a few words of its title opening with «و» («سلفاكير ميرديت، وزعيم المعارضة ريك مشار»).
    /// </summary>
    private static bool IsJoinedTo(SentenceContext ctx, Mention previous, Mention next)
    {
        var tokens = ctx.Tokens;
        var j = previous.EndToken;
        while (j < next.PhraseFirstToken && tokens[j].Kind == TokenKind.Punctuation) j++;
        if (j == next.PhraseFirstToken) return tokens[j].Proclitics.FirstOrDefault() == "و";
        if (tokens[j].Form != "و" && tokens[j].Proclitics.FirstOrDefault() != "و" || next.PhraseFirstToken - j > JoinedTitleWords) return false;
        for (var k = j; k < next.PhraseFirstToken; k++)
            if (ctx.ByToken[k] is not null || !tokens[k].IsWord) return false;
        return true;
    }

    private const int MaxOfficeOfWords = 4;

    private sealed record DelegationReading(Mention? Head, string? Key);

    /// <summary>
    /// A delegation standing where the subject goes («وفد من المعارضة السورية برئاسة خالد خوجة»): its head
    /// when the text names one, else the body it comes from; «الوفد» alone is the head the text named before.
    /// </summary>
    private DelegationReading? Delegation(SentenceContext ctx, int from, int end, List<Mention> parties)
    {
        var tokens = ctx.Tokens;
        var at = PastWhereAndWhen(ctx, from, end, whither: true); // «يصل إلى الخرطوم الأحد وفد من وزارة النقل المصرية»
        if (!lexicon.Is(tokens, at, "delegation")) return null;
        // The head may be named later in the sentence: «يزور وفد الائتلاف موسكو … وسيكون بقيادة خالد خوجة».
        if (HeadNamed(ctx, at + 1) is { } head)
        {
            ctx.State.DelegationHead = head.Key;
            return new DelegationReading(head, head.Key);
        }
        if (tokens[at].Form.StartsWith("ال", StringComparison.Ordinal) && ctx.State.DelegationHead is { } told) return new DelegationReading(null, told);
        // «وفد من وزارة الخارجية»: the body sends it.
        var body = parties.FirstOrDefault(m => m.PhraseFirstToken > at && m.PhraseFirstToken <= at + 2 && m.Type is EntityType.ORG or EntityType.GPE);
        return body is null ? null : new DelegationReading(null, body.Key);
    }

    /// <summary>The person a cue of heading names from <paramref name="from"/> to the sentence's end («برئاسة خالد خوجة»، «يتقدمهم السفير محمد طيب»).</summary>
    private Mention? HeadNamed(SentenceContext ctx, int from)
    {
        for (var i = from; i + 1 < ctx.Sentence.EndToken; i++)
            if (lexicon.Is(ctx.Tokens, i, "headed-by") && ctx.ByToken[i + 1] is { Type: EntityType.PER } head && head.PhraseFirstToken == i + 1) return head;
        return null;
    }

    // «سيزور خلالها أيضا تشاد»، «التقى خلالها نزلاء الدار»: «خلال» with a pronoun on it is whole, the time of the event just told.
    private bool IsDuringIt(IReadOnlyList<Token> tokens, int i) => lexicon.Cues.Match(tokens, i, enclitics: true) is { Value: "during", Enclitic.Length: > 0 };

    // «كل من»، «كلا من»: a word of the cue that opens a list of parties or places.
    private bool IsInEach(IReadOnlyList<Token> tokens, int i) =>
        lexicon.Is(tokens, i, "each") || i > 0 && lexicon.Cue(tokens, i - 1) is { Value: "each", End: var end } && end > i;

    /// <summary>
    /// True when only time words, adverbs or quotes stand between the trigger and the mention («التقى السبت حفتر»، «وصل ” خليفة حفتر”»)
    /// — or «خلال» with a pronoun, whole («سيزور خلالها أيضا تشاد»).
    /// </summary>
    private bool IsRightAfter(SentenceContext ctx, int from, Mention m)
    {
        if (m.PhraseFirstToken < from) return false;
        for (var i = from; i < m.PhraseFirstToken; i++)
            if (ctx.Tokens[i].Form is not ("\"" or "'" or "(") && !lexicon.Is(ctx.Tokens, i, "adverb") && !ctx.InTime[i] && !IsInEach(ctx.Tokens, i)
                && !IsDuringIt(ctx.Tokens, i)
                && !(ctx.Tokens[i].Form == "," && (ctx.InTime[i + 1] || i > from && ctx.InTime[i - 1]))) return false; // «لافروف، أمس الجمعة، العاصمة الأردنية»
        return true;
    }

    /// <summary>
    /// The name right after a meeting or visit noun, in construct («زيارة حفتر») or through a verb of
    /// gathering («لقاء جمع بوتين»، «اللقاء، الذي جمع حفتر»); a name further on is not its actor.
    /// </summary>
    private bool IsGenitiveOf(SentenceContext ctx, PhraseMatch<Trigger> trigger, Mention m, bool throughPlaceNouns = false)
    {
        var officeWords = 0;
        var made = false; // past «قام بها»: the visitor may follow where he goes («زيارة تقوم بها إلى كولومبيا سفيرة أميركا»)
        for (var i = trigger.End; i < m.PhraseFirstToken; i++)
        {
            var t = ctx.Tokens[i];
            if (lexicon.Is(ctx.Tokens, i, "joins") || lexicon.Is(ctx.Tokens, i, "makes")) { made = true; continue; }
            if (t.Kind == TokenKind.Punctuation || lexicon.Is(ctx.Tokens, i, "relative")) continue;
            if (made && lexicon.Is(ctx.Tokens, i, "destination") && i + 1 < m.PhraseFirstToken && ctx.ByToken[i + 1] is { Type: EntityType.GPE or EntityType.LOC } place)
            { i = place.EndToken - 1; continue; }
            if (i == trigger.End && lexicon.Is(ctx.Tokens, i, "visit-kind")) continue; // «زيارة عمل أدتها الوزيرة»
            // «لقاء وزير الشؤون الاجتماعية الدكتور ماجد القصبي»: an office whose words the titles do not list whole.
            if (kb.Titles.Match(ctx.Tokens, i) is { Value: "office", Proclitics.Length: 0 } office && i == trigger.End) { officeWords = 1; i = office.End - 1; continue; }
            if (officeWords is > 0 and <= MaxOfficeWords && t.Form.StartsWith("ال", StringComparison.Ordinal) && t.Proclitics.Count <= 1) { officeWords++; continue; }
            if (throughPlaceNouns && lexicon.Cue(ctx.Tokens, i) is { Value: "place-noun", Proclitics.Length: 0 }) continue; // «زيارة محافظة عدن»
            if (!ctx.InTime[i]) return false;
        }
        return true;
    }

    private const int SpeakerWords = 4;

    /// <summary>
    /// The speaker when a verb follows «أنه/إنها» of a verb of saying («وأكد حفتر أنه التقى»، «قال إنه سيزور»: the
    /// speaker of the statement before): the pronoun is the verb's subject. Null otherwise.
    /// </summary>
    private Mention? SaidOfHimself(SentenceContext ctx, int trigger, EventType type)
    {
        var that = trigger - 1;
        while (that > ctx.Sentence.FirstToken && lexicon.Is(ctx.Tokens, that, "auxiliary")) that--; // «أنه قد التقى»
        // «أنه»: «أن» with a pronoun on it, the speaker's own.
        if (that < ctx.Sentence.FirstToken || lexicon.Cues.Match(ctx.Tokens, that, enclitics: true) is not { Value: "that", Enclitic.Length: > 0 }
            || SayingVerbBefore(ctx, that) is not { } verb) return null;
        // The speaker follows the verb of saying («أعلن فابيوس، اليوم، أنه سيتوجه»), or stands right before it («فابيوس أعلن أنه»).
        return ctx.MentionsIn(verb + 1, that).FirstOrDefault(m => IsParticipant(ctx.Tokens, m, type)) ?? ImmediatelyBefore(ctx, verb, type);
    }

    /// <summary>Whether token <paramref name="i"/> is the «أن/إن» of a verb of saying a few words before it («وأضاف الشبكشي أن»), not «دون أن».</summary>
    private bool IsSaidThat(SentenceContext ctx, int i) => IsThat(ctx.Tokens, i) && AfterSaying(ctx, i);

    /// <summary>Whether a verb of saying stands a few words before token <paramref name="i"/>, its speaker's name and titles not counted.</summary>
    private bool AfterSaying(SentenceContext ctx, int i) => SayingVerbBefore(ctx, i) is not null;

    /// <summary>The verb of saying a few words before token <paramref name="i"/>, its speaker's name and titles and times not counted; null when none.</summary>
    private int? SayingVerbBefore(SentenceContext ctx, int i)
    {
        var words = SpeakerWords;
        for (var j = i - 1; j >= ctx.Sentence.FirstToken && words > 0; j--)
        {
            if (ctx.ByToken[j] is { } name) { j = Math.Min(j, name.PhraseFirstToken); continue; }
            if (lexicon.Triggers.Match(ctx.Tokens, j) is { Value.Kind: TriggerKind.Statement }) return j;
            if (ctx.Tokens[j].IsWord && !ctx.InTime[j]) words--;
        }
        return null;
    }

    /// <summary>
    /// «قام حفتر بزيارة موسكو»: a noun with «ب» after a verb of making, whose subject is the actor and whose genitive is
    /// where it went. The verb's token; -1 when the noun is not made so.
    /// </summary>
    private int Maker(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        if (trigger.Value.Kind != TriggerKind.Noun) return -1;
        // «قام حفتر بزيارة»; «أدى الشاهد زيارة»: a verb of performing takes the noun without «ب».
        var verbRole = trigger.Proclitics.EndsWith('ب') ? "makes" : trigger.Proclitics.Length == 0 ? "performs" : null;
        if (verbRole is null) return -1;
        // Back to the verb, past the subjects and their offices, however long.
        return VerbBefore(ctx, trigger.First, verbRole, enclitics: true, trigger.First - ctx.Sentence.FirstToken) ?? -1;
    }

    /// <summary>
    /// The verb of the cue role <paramref name="role"/> before a noun, within <paramref name="lookBack"/> tokens of its sentence,
    /// past its subjects and their titles; another event or «أن» first says there is none. Null when there is none.
    /// </summary>
    private int? VerbBefore(SentenceContext ctx, int noun, string role, bool enclitics, int lookBack)
    {
        for (var i = noun - 1; i >= Math.Max(ctx.Sentence.FirstToken, noun - lookBack); i--)
        {
            if (lexicon.Cues.Match(ctx.Tokens, i, enclitics) is { Value: var found } && found == role) return i;
            if (ctx.ByToken[i] is null && (IsThat(ctx.Tokens, i) || lexicon.Triggers.Match(ctx.Tokens, i, enclitics: true) is not null)) return null;
        }
        return null;
    }

    private const int HolderLookBackTokens = 16;
    private const int SoleHolderLookBackTokens = 24; // one subject may stand with his titles, a place and a time before the noun

    /// <summary>
    /// «وعقد الرئيس السيسي ونظيره الفرنسي ماكرون جلسة مباحثات»: two or more subjects joined by «و» of a verb of holding
    /// before a meeting noun, within reach, with no other event or «أن» between; empty when the noun is not held so.
    /// </summary>
    private List<Mention> HoldersOf(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        if (trigger.Value is not { Type: EventType.Meeting or EventType.Call, Kind: TriggerKind.Noun } // «أجرى مون وترامب اتصالا هاتفيا» too
            || VerbBefore(ctx, trigger.First, "holds", enclitics: false, HolderLookBackTokens) is not { } holds) return [];
        return MakersOf(ctx, holds, trigger.First, trigger.Value.Type) is { Count: >= 2 } holders ? holders : [];
    }

    /// <summary>
    /// «وبعد لقاء جمعه أمس مع نظيره العراقي»، «عن لقاء جمعه بوزير الخارجية الألماني»: a verb of gathering right after a meeting
    /// noun, with a pronoun of one person on it and «مع», or a name with «ب», a few words on: he met those named there.
    /// </summary>
    private bool JoinsHimWith(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        var tokens = ctx.Tokens;
        if (trigger.Value.Type != EventType.Meeting || trigger.Enclitic.Length > 0 || trigger.End >= ctx.Sentence.EndToken
            || lexicon.Cues.Match(tokens, trigger.End, enclitics: true) is not { Value: "joins", Enclitic: "ه" or "ها" } joins
            || joins.First != joins.End - 1 || tokens[trigger.End].Enclitic.Length == 0) return false;
        for (var i = trigger.End + 1; i < Math.Min(ctx.Sentence.EndToken, trigger.End + 1 + JoinedWithLookAheadTokens); i++)
        {
            if (lexicon.Is(tokens, i, "with") || ctx.ByToken[i] is { } met && met.PhraseFirstToken == i && IsCounterpartMarked(tokens, met)) return true;
            if (!ctx.InTime[i]) return false;
        }
        return false;
    }

    private const int JoinedWithLookAheadTokens = 4;

    /// <summary>
    /// «جلسة مباحثات رسمية مع دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف»: «مع» after the noun marks the first
    /// one named after it, however many words of an office no one has read, and the places in it, stand between.
    /// </summary>
    private bool IsMetWith(SentenceContext ctx, int from, Mention met)
    {
        if (IsCounterpartMarked(ctx.Tokens, met)) return true;
        for (var i = met.PhraseFirstToken - 1; i >= from; i--)
        {
            if (ctx.ByToken[i] is { Type: not (EntityType.GPE or EntityType.LOC) } || ctx.Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (ctx.ByToken[i] is null && lexicon.Is(ctx.Tokens, i, "with")) return true;
        }
        return false;
    }

    /// <summary>
    /// The one subject of a verb of holding before a meeting noun («عقد السيسي جلسة مباحثات»), or before the verb when set off
    /// by a comma («إن موغيريني، منسقة السياسة الخارجية، ستجري محادثات مع»); null when there is none.
    /// </summary>
    private Mention? SoleHolder(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.Value is { Type: EventType.Meeting, Kind: TriggerKind.Noun }
        && VerbBefore(ctx, trigger.First, "holds", enclitics: false, SoleHolderLookBackTokens) is { } holds
            ? MakersOf(ctx, holds, trigger.First, EventType.Meeting).FirstOrDefault() ?? SaidOfHimself(ctx, holds, EventType.Meeting) // «قال إنه أجرى مباحثات مع»
                ?? ClauseSubject(ctx, StartOfVerb(ctx, holds), EventType.Meeting)
            : null;

    /// <summary>The subjects between a verb of making and the noun it makes: the first participant and those joined to it by «و».</summary>
    private List<Mention> MakersOf(SentenceContext ctx, int maker, int noun, EventType type)
    {
        // «قام عدد من أعضاء شرف نادي الوحدة بزيارة»: a group opening the subject makes it, not the body named inside it.
        var subjectAt = maker + 1;
        while (subjectAt < noun && ctx.InTime[subjectAt]) subjectAt++;
        if (subjectAt < noun && ctx.ByToken[subjectAt] is null && GroupAt(ctx, subjectAt, noun) is not null) return [];
        var named = ctx.MentionsIn(maker + 1, noun).Where(m => IsParticipant(ctx.Tokens, m, type) && !m.Proclitics.Any(c => c is 'ل' or 'ب')).ToList();
        return [.. named.Take(1).Concat(named.Skip(1).Where(m => m.Proclitics.StartsWith('و') || ctx.Tokens[m.PhraseFirstToken].Proclitics is ["و", ..]
            || IsJoinedByAnd(ctx, named[0], m)))];
    }

    // «العميد عبدالرحمن الثمالي، ومدير إدارة المرور العميد خالد حجري»: the «و» may stand on the second one's office.
    private bool IsJoinedByAnd(SentenceContext ctx, Mention first, Mention next)
    {
        for (var i = ctx.EndOf(first); i < next.PhraseFirstToken; i++)
            if (ctx.Tokens[i].Proclitics is ["و", ..] || ctx.Tokens[i].Form == "و") return true;
        return false;
    }

    /// <summary>The places joined by «و» right after the place <paramref name="first"/> («للندن وواشنطن»).</summary>
    private static IEnumerable<string> JoinedPlaces(SentenceContext ctx, List<Mention> after, string first)
    {
        var at = after.FindIndex(m => m.Key == first);
        if (at < 0) yield break;
        for (var k = at + 1; k < after.Count; k++)
        {
            var m = after[k];
            if (m.Type is not (EntityType.GPE or EntityType.LOC) || m.PhraseFirstToken != after[k - 1].EndToken || !m.Proclitics.StartsWith('و')) yield break;
            yield return m.Key;
        }
    }

    private static IEnumerable<EventMention> Emit(AnalyzedDocument doc, Sentence sentence, Draft d)
    {
        var trigger = doc.RawSpan(d.Trigger.First, d.Trigger.End);
        // A plan is not dated before the report of it («أعلن عن قرار عقد القمة الأربعاء»): a time before the day of
        // writing dates the announcement, not the planned event.
        var times = d.Future && doc.Published.Date is { } writtenOn
            ? d.Times.Select(t => d.FutureVerb ? ComingWeekday(t, writtenOn) : t).Where(t => t.Value is not { } v || v.End >= writtenOn.Start).ToList() : d.Times;
        var dates = times.Count == 0 ? [null] : times.Cast<TimeExpression?>();
        var n = 0;
        // A statement no time dates was made by the day it was reported (news reports what was said that day or the day before).
        var reportedDay = d.Type == EventType.Statement && doc.Published.Date is { Precision: DatePrecision.Day } published ? published : null;
        foreach (var place in d.MorePlaces.Prepend(d.Place))
        foreach (var told in dates)
        {
            var time = InThePast(d, told, doc.Published.Date);
            var id = StableId.Of(doc.Document.Id, d.Type.ToString(), trigger.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), (n++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return new EventMention(id, doc.Document.Id, d.Type, trigger, trigger.SliceString(doc.Raw), sentence.Raw, sentence.Raw.SliceString(doc.Raw))
            {
                Actors = [.. d.Actors.Distinct()],
                Counterparts = [.. d.Counterparts],
                Groups = [.. d.Groups],
                ActorGroups = [.. d.ActorGroups],
                Place = place,
                Date = time?.Value ?? reportedDay,
                TimeRaw = time?.Raw,
                TimeText = time?.Text,
                Negated = d.Negated,
                Future = d.Future || time?.Value is { } when && doc.Published.Date is { } written && when.Start > written.End,
                Hypothetical = d.Hypothetical,
                Attribution = d.Attribution,
                Quote = d.Quote,
                QuoteText = d.Quote?.SliceString(doc.Raw),
                Reported = doc.Published.Date,
                DatedBy = time?.Value is null ? (reportedDay is null ? null : "published") : d.StatementTimes.Contains(time) ? "statement" : "event",
                YearlessMonth = time is { Value: null } && !IsUndatedRelativeDay(time) ? time.Parts.Month : null,
                YearlessDay = time is { Value: null } && !IsUndatedRelativeDay(time) ? time.Parts.Day : null,
                DaysBeforeWriting = time is not null && IsUndatedRelativeDay(time) ? -time.Parts.Offset : null,
                Historical = d.Recap || time?.Value is { } v && doc.Published.Date is { } p && p.Start.DayNumber - v.End.DayNumber > HistoricalAfterDays,
            };
        }
    }

    /// <summary>
    /// A meeting written without a place, held by a visitor while a visit of the same document is
    /// under way, took place where the visit went (a visit groups the meetings held during it).
    /// </summary>
    private List<EventMention> PlaceMeetingsInVisits(AnalyzedDocument doc, List<EventMention> mentions)
    {
        var visits = mentions.Where(m => m.Type == EventType.Visit && !m.Negated && m.Place is not null && m.Date is not { Precision: not DatePrecision.Day }).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var meeting = mentions[i];
            if (meeting.Type != EventType.Meeting || meeting.Place is not null || meeting.Negated) continue;
            // «يفكيروف، الذي سبق وأن زار الشرق الليبي للقاء حفتر»: met on its actor's own visit, told with it, to no place named.
            if (mentions.Any(v => v.Type == EventType.Visit && v.Place is null && v.Sentence == meeting.Sentence && v.Actors.Intersect(meeting.Actors).Any())) continue;
            // «والتقى بوتين بأردوغان قبل أن يتوجه إلى طهران»: a journey told after the meeting in its sentence is made after it,
            // unless told as the meeting's frame («يلتقي ترامب خلال زيارته لبكين»).
            var places = visits
                .Where(v => meeting.Participants.Intersect(v.Actors).Any() && v.Future == meeting.Future && v.Hypothetical == meeting.Hypothetical)
                .Where(v => !(v.Sentence == meeting.Sentence && v.Trigger.Start > meeting.Trigger.Start) || IsFrame(doc, v))
                .Where(v => meeting.Date is null || v.Date is { } vd && meeting.Date.Start >= vd.Start && meeting.Date.Start.DayNumber - vd.End.DayNumber <= VisitDaysForMeetings)
                .Select(v => v.Place!).Distinct().ToList();
            if (MostSpecific(places) is { } place) mentions[i] = meeting with { Place = place };
        }
        return mentions;
    }

    /// <summary>A visit noun after «خلال»/«في» («خلال زيارته لبكين»): what is told with it happened during it.</summary>
    private bool IsFrame(AnalyzedDocument doc, EventMention visit)
    {
        var tokens = doc.Tokens;
        var at = 0;
        while (at < tokens.Count && tokens[at].Raw.Start < visit.Trigger.Start) at++;
        return at > 0 && (lexicon.Is(tokens, at - 1, "during") || lexicon.Is(tokens, at - 1, "location"));
    }

    /// <summary>The innermost of places that all lie on one chain (Moscow within Russia), else null.</summary>
    private string? MostSpecific(List<string> places)
    {
        if (places.Count == 0) return null;
        var inner = places.FirstOrDefault(p => places.All(q => kb.IsWithin(p, q)));
        return inner;
    }
}
