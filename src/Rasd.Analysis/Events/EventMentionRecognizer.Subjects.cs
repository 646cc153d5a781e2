using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Events;

/// <summary>
/// Who acts: the subject of a verb written before it («حفتر قد زار»), after it past times and places, set off by commas after
/// «أن», in a relative clause or after «قبل أن»; the one a pronoun on a noun stands for; and the names joined to a subject by «و».
/// </summary>
public sealed partial class EventMentionRecognizer
{
    private const int SubjectLeadTokens = 2;

    /// <summary>
    /// «شكر وزير الخارجية الأمريكي، مايك بومبيو، المملكة، وذلك خلال مكالمة هاتفية مع …»: an event noun after «خلال»/«أثناء»
    /// tells when the sentence's own verb was done, so its actor is that verb's subject — the party named right after
    /// the word that opens the sentence. Null when the sentence opens otherwise.
    /// </summary>
    private Mention? SubjectOfTheSentence(SentenceContext ctx, PhraseMatch<Trigger> trigger, EventType type)
    {
        if (!lexicon.Is(ctx.Tokens, trigger.First - 1, "during") && !IsIntended(ctx.Tokens, trigger.First)) return null;
        var first = ctx.Sentence.FirstToken;
        if (!ctx.Tokens[first].IsWord || ctx.ByToken[first] is not null) return null;
        var subject = ctx.MentionsIn(first + 1, trigger.First).FirstOrDefault();
        return subject is not null && subject.PhraseFirstToken <= first + SubjectLeadTokens && IsParticipant(ctx.Tokens, subject, type)
            && !IsCounterpartMarked(ctx.Tokens, subject) && !IsSourceOfClaim(ctx, subject) && !Enumerable.Range(first, subject.PhraseFirstToken - first).Any(i => IsThat(ctx.Tokens, i))
            ? subject : null;
    }

    /// <summary>
    /// «وجهت ميلانيا ترامب رسالة شكر للسيسي … خلال زيارتها»، «بينه وبين كيم»: the pronoun on a noun goes back to the
    /// sentence's subject — the previous event's actor, else the first person before the noun, else the text's main actor.
    /// «وخلال لقائه بالرئيس السيسي، أكد بومبيو»: a noun opening the sentence looks ahead to the subject of the verb after its clause.
    /// In what is said («أعلن شين بيت إن المشتبه به خليل حزران اعتقل … بعد وصوله») the first person after the last «أن» goes first.
    /// </summary>
    private string? PronounOwner(SentenceContext ctx, PhraseMatch<Trigger> trigger, string? previousActor) =>
        previousActor ?? ctx.MentionsIn(LastThatBefore(ctx, trigger.First), trigger.First).FirstOrDefault(m => m.Type == EntityType.PER)?.Key
        ?? ctx.MentionsIn(ctx.Sentence.FirstToken, trigger.First).FirstOrDefault(m => m.Type == EntityType.PER)?.Key
        ?? SubjectAfterTheOpening(ctx, trigger)?.Key ?? ctx.MainActor;

    /// <summary>The token after the last «أن»/«إن» before <paramref name="before"/> in the sentence, or the sentence's start when none stands there.</summary>
    private int LastThatBefore(SentenceContext ctx, int before)
    {
        for (var i = before - 1; i > ctx.Sentence.FirstToken; i--)
            if (IsThat(ctx.Tokens, i)) return i + 1;
        return ctx.Sentence.FirstToken;
    }

    private const int OpeningClauseTokens = 8;

    /// <summary>The person right after the verb that follows the comma closing a sentence's opening clause; null when none stands there.</summary>
    private static Mention? SubjectAfterTheOpening(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        if (trigger.First - ctx.Sentence.FirstToken > 1) return null;
        var end = Math.Min(ctx.Sentence.EndToken, trigger.End + OpeningClauseTokens);
        for (var i = trigger.End; i < end; i++)
            if (ctx.Tokens[i].Form == ",")
                return i + 2 < ctx.Sentence.EndToken && ctx.ByToken[i + 1] is null && ctx.Tokens[i + 1].IsWord
                    && ctx.ByToken[i + 2] is { Type: EntityType.PER } subject && subject.PhraseFirstToken == i + 2 ? subject : null;
        return null;
    }

    private const int MaxJoinedSubjects = 4;

    /// <summary>The participants joined by «و» right before a subject written before its verb, in text order; none when none is.</summary>
    private List<Mention> JoinedBefore(SentenceContext ctx, Mention subject, EventType type)
    {
        var joined = new List<Mention>();
        for (var next = subject; joined.Count < MaxJoinedSubjects;)
        {
            if (ctx.MentionsIn(ctx.Sentence.FirstToken, next.PhraseFirstToken).LastOrDefault() is not { } m
                || !IsParticipant(ctx.Tokens, m, type) || m.Proclitics.Any(c => c is 'ل' or 'ب') || !IsJoinedTo(ctx, m, next)) break;
            if (m.Key != subject.Key && joined.All(x => x.Key != m.Key)) joined.Insert(0, m);
            next = m;
        }
        return joined;
    }

    /// <summary>«وسبق للرئيس الفرنسي إيمانويل ماكرون أن زار»: after «سبق» the name with «ل» on it, then «أن», is who did it.</summary>
    private Mention? RecapSubject(SentenceContext ctx, int verb, EventType type)
    {
        var i = verb - 1;
        while (i > ctx.Sentence.FirstToken && (IsThat(ctx.Tokens, i) || lexicon.Is(ctx.Tokens, i, "auxiliary"))) i--;
        if (i == verb - 1 || ctx.ByToken[i] is not { } m || ctx.EndOf(m) != i + 1) return null;
        return m.Proclitics.EndsWith('ل') && lexicon.Is(ctx.Tokens, m.PhraseFirstToken - 1, "recap") && IsParticipant(ctx.Tokens, m, type) ? m : null;
    }

    /// <summary>A participant ending right before the trigger, or with only an auxiliary between («حفتر قد زار»).</summary>
    private Mention? ImmediatelyBefore(SentenceContext ctx, int trigger, EventType type)
    {
        var i = trigger - 1;
        if (lexicon.Is(ctx.Tokens, i, "auxiliary") || lexicon.Is(ctx.Tokens, i, "negation")) i--;
        // «إن ولي العهد، الأمير محمد بن سلمان، سيلتقي»: a person set off by commas, with nothing leading into it, is the subject.
        var comma = i > ctx.Sentence.FirstToken && ctx.Tokens[i].Form == ",";
        if (comma) i--;
        if (i < ctx.Sentence.FirstToken || ctx.ByToken[i] is not { } m || m.EndToken != i + 1) return null;
        if (comma && !(m.Type == EntityType.PER && !m.Proclitics.Any(c => c is 'ل' or 'ب')
            && (m.PhraseFirstToken == ctx.Sentence.FirstToken || ctx.Tokens[m.PhraseFirstToken - 1].Form == "," || IsThat(ctx.Tokens, m.PhraseFirstToken - 1)))) return null;
        return IsParticipant(ctx.Tokens, m, type) && !IsSourceOfClaim(ctx, m) ? m : null;
    }

    private const int RelativeLookBackTokens = 5;

    /// <summary>
    /// «استقبله يونس بك يفكيروف، الذي سبق وأن زار الشرق الليبي»: the subject of a verb in a relative clause is the name the
    /// pronoun follows; words of the past, of planning and «أن» may stand between, and «في» before a noun. Null when the trigger opens no such clause.
    /// </summary>
    private Mention? Antecedent(SentenceContext ctx, int verb, EventType type)
    {
        var tokens = ctx.Tokens;
        for (var i = verb - 1; i > ctx.Sentence.FirstToken && i >= verb - RelativeLookBackTokens; i--)
        {
            if (lexicon.Is(tokens, i, "relative"))
            {
                var before = i - 1;
                while (before > ctx.Sentence.FirstToken && tokens[before].Kind == TokenKind.Punctuation && i - before <= 2) before--; // «يفكيروف” ، الذي»
                return ctx.ByToken[before] is { } m && IsParticipant(tokens, m, type) ? m : null;
            }
            // «فومين، الذى كان في زيارة لباكستان»: a noun in the clause stands after «في».
            if (!(lexicon.Is(tokens, i, "recap") || lexicon.Is(tokens, i, "auxiliary") || lexicon.Is(tokens, i, "future") || lexicon.Is(tokens, i, "negation") || IsThat(tokens, i)
                || i == verb - 1 && lexicon.Is(tokens, i, "location"))) return null;
        }
        return null;
    }

    /// <summary>
    /// «حيث سيشارك أوباما في رئاسة مؤتمر … قبل أن يسافر إلى اثيوبيا»: a verb right after «قبل أن»/«بعد أن» with no subject of its
    /// own goes on with the person the clause before it named last, a subject (no «ب»، «ل» or «مع» on him); null when none is.
    /// </summary>
    private Mention? SubjectBeforeTheTime(SentenceContext ctx, int verb, EventType type)
    {
        var tokens = ctx.Tokens;
        if (WhenThatBefore(ctx, verb) is not { } when) return null;
        for (var i = when - 1; i >= Math.Max(ctx.Sentence.FirstToken, verb - ClauseLookBackTokens); i--)
        {
            if (IsThat(tokens, i) || tokens[i].Form is ";" or ":" || lexicon.Triggers.Match(tokens, i) is not null) return null;
            if (ctx.ByToken[i] is { Type: EntityType.PER } m)
                return IsParticipant(tokens, m, type) && !IsCounterpartMarked(tokens, m) && !m.Proclitics.Any(c => c is 'ل' or 'ب') && !IsSourceOfClaim(ctx, m) ? m : null;
        }
        return null;
    }

    private const int ClauseLookBackTokens = 24;

    /// <summary>
    /// «أن مايك بومبيو مدير الاستخبارات … والمرشح لتولي وزارة الخارجية، سافر»: the person right after «أن»/«إن» is the subject
    /// of the verb right after the comma that closes what is said of him, however long; null when another person, another
    /// trigger or another «أن» stands there, or no comma closes it («أن روزماري ماتت …، حتى اهلها يزورون قبرها»).
    /// </summary>
    private Mention? ClauseSubject(SentenceContext ctx, int verb, EventType type)
    {
        var tokens = ctx.Tokens;
        if (verb - 1 <= ctx.Sentence.FirstToken || tokens[verb - 1].Form != ",") return null;
        string? between = null; // the one person named between «أن» and the verb: the subject again, with his offices
        for (var i = verb - 1; i > ctx.Sentence.FirstToken && i >= verb - ClauseLookBackTokens; i--)
        {
            if (lexicon.Triggers.Match(tokens, i) is not null || IsThat(tokens, i)) return null;
            if (ctx.ByToken[i] is not { } m) continue;
            if (m.Type == EntityType.PER && (between ??= m.Key) != m.Key) return null;
            if (m.PhraseFirstToken == i && lexicon.Cues.Match(tokens, i - 1, enclitics: false) is { Value: "that" })
                return m.Type == EntityType.PER && IsParticipant(tokens, m, type) ? m : null;
        }
        return null;
    }

    /// <summary>
    /// The subject after a verb: only times, quotes and places («إلى مدينة ميلان الإيطالية») stand between
    /// the verb and the name.
    /// </summary>
    private bool IsSubjectAfter(SentenceContext ctx, int from, Mention m)
    {
        var tokens = ctx.Tokens;
        var office = false;
        var officeWords = 0;
        for (var i = from; i < m.PhraseFirstToken; i++)
        {
            if (tokens[i].Form is "\"" or "'" or "(" || ctx.InTime[i] || IsInEach(tokens, i)) continue;
            // «ناقش أمير قطر الشيخ تميم»: an office in construct with the country it serves.
            if (!office && kb.Titles.Match(tokens, i) is { Value: "office", Proclitics.Length: 0 } title) { office = true; i = title.End - 1; continue; }
            if (office && ctx.ByToken[i] is { Type: EntityType.GPE } country && country.Proclitics.Length == 0) { i = country.EndToken - 1; continue; }
            // «زار رئيس بلدية محافظة شقراء م.عبدالله»: what the office is of, in construct, a few bare words and places.
            // «وكيل جامعة الملك عبدالعزيز للتطوير الدكتور عبدالفتاح مشاط»: the namesake of a body and what the post is for («للتطوير») too.
            if (office && officeWords < MaxOfficeOfWords && (tokens[i].IsWord && tokens[i].Proclitics is [] or ["ال"] or ["ل", "ال"] && !kb.FunctionWords.Contains(tokens[i].Form)
                && lexicon.Triggers.Match(tokens, i) is null && lexicon.Cue(tokens, i) is null or { Value: "institution" or "place-noun" } || ctx.ByToken[i] is { Type: EntityType.LOC or EntityType.GPE, Proclitics.Length: 0 } || tokens[i].Form == "."
                || ctx.ByToken[i] is { Type: EntityType.PER } namesake && namesake.PhraseFirstToken == i && IsNamedFor(tokens, namesake)))
            {
                officeWords++;
                if (ctx.ByToken[i] is { } named) i = named.EndToken - 1;
                continue;
            }
            if (ctx.ByToken[i] is { Type: EntityType.GPE or EntityType.LOC } place && PlaceLead(tokens, place) is not null) { i = place.EndToken - 1; continue; }
            if (lexicon.Cue(tokens, i) is { Value: "location" or "destination" or "place-noun" } || kb.Gentilics.Match(tokens, i) is not null) continue;
            // «وصل المطرب كاظم الساهر»: a definite noun right before a person says what he is.
            if (i == m.PhraseFirstToken - 1 && m.Type == EntityType.PER && IsDescriptor(tokens, i)) continue;
            return false;
        }
        return true;
    }

    private bool IsDescriptor(IReadOnlyList<Token> tokens, int i) =>
        IsBareDefinite(tokens[i]) && !kb.FunctionWords.Contains(tokens[i].Form) && lexicon.Triggers.Match(tokens, i) is null && lexicon.Cue(tokens, i) is null;

    private Mention? NearestBefore(SentenceContext ctx, int trigger, int words, EventType type)
    {
        for (var i = trigger - 1; i >= ctx.Sentence.FirstToken && words > 0; i--)
        {
            if (ctx.Tokens[i].Kind == TokenKind.Punctuation && ctx.Tokens[i].Form is "," or ";" or ":") return null;
            // «وأضاف الشبكشي أن … زيارة»: the one who says is not the one who visits.
            if (IsSaidThat(ctx, i)) return null;
            // «وفقا لوكالة رويترز فقد اجتمع الوفد»: the source of the claim is not who acts.
            // «المنسق الإنساني للأمم المتحدة … لزيارة عدن»: a name behind «ل» or «ب» is what something is of or for, no subject.
            if (ctx.ByToken[i] is { } m && IsParticipant(ctx.Tokens, m, type) && !m.Proclitics.Any(c => c is 'ل' or 'ب')) return IsSourceOfClaim(ctx, m) ? null : m;
            if (ctx.Tokens[i].IsWord) words--;
        }
        return null;
    }
}
