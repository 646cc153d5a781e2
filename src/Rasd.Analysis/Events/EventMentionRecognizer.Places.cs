using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Events;

/// <summary>
/// Where each event is: how a name is written as a place (after «في»، «إلى»، or with «ب»/«ل» glued on), a visit's destination
/// (after «إلى»، the verb's object, the building or town it went to), a meeting's place, and the words a subject may stand past.
/// </summary>
public sealed partial class EventMentionRecognizer
{
    private bool IsPlaceLed(IReadOnlyList<Token> tokens, Mention m) => PlaceLead(tokens, m) is not null;

    /// <summary>
    /// How a name is written as a place: «location» after «في» or with «ب» glued on (بموسكو،
    /// بالعاصمة موسكو), «destination» after «إلى» or with «ل» glued on (لموسكو); place nouns
    /// («العاصمة»، «مقر») and gentilics may stand between. Null when it is not written as a place.
    /// </summary>
    private string? PlaceLead(IReadOnlyList<Token> tokens, Mention m)
    {
        if (ClitickedLead(m.Proclitics) is { } own && m.Type is EntityType.GPE or EntityType.LOC) return own;
        if (lexicon.EndsRightBefore(tokens, m.PhraseFirstToken, "destination")) return "destination"; // «ضيفا على تونس»
        for (var i = m.PhraseFirstToken - 1; i >= 0 && i >= m.PhraseFirstToken - 3; i--)
        {
            var cue = lexicon.Cue(tokens, i);
            if (cue is { Value: "location" or "destination" }) return cue.Value.Value;
            if (cue is { Value: "place-noun" } noun)
            {
                // «مدير مركز التنمية في المحافظة عبدالله الدوسري»: a definite place noun is in construct with no one; a person after it is not in it.
                if (m.Type == EntityType.PER && noun.Proclitics.EndsWith("ال", StringComparison.Ordinal)) return null;
                if (ClitickedLead(noun.Proclitics) is { } lead) return lead;
                continue;
            }
            if (kb.Gentilics.Match(tokens, i) is not null) continue;
            return null;
        }
        return null;
    }

    private static string? ClitickedLead(string proclitics)
    {
        var before = proclitics.EndsWith("ال", StringComparison.Ordinal) ? proclitics[..^2] : proclitics; // the article's «ل» leads nowhere
        return before.EndsWith('ب') ? "location" : before.EndsWith('ل') ? "destination" : null;
    }

    /// <summary>
    /// The token after the times and the places where it happens that open at <paramref name="i"/> («اجتمع وفد أمريكي في أنقرة أمس مع»);
    /// with <paramref name="whither"/>, the places one goes to as well («يصل إلى الخرطوم الأحد وفد»، «يصل السودان الأحد المقبل وفد»).
    /// </summary>
    private int PastWhereAndWhen(SentenceContext ctx, int i, int end, bool whither = false)
    {
        while (i < end)
        {
            if (ctx.InTime[i]) i++;
            else if (PastPlace(ctx, i, end, whither) is { } past) i = past;
            else break;
        }
        return i;
    }

    /// <summary>
    /// The token after the place where something happens that opens at <paramref name="i"/> («في أنقرة»، «بأنقرة»), or with
    /// <paramref name="whither"/> the place one goes to or is in, however written («إلى الخرطوم»، «السودان»); null when none does.
    /// </summary>
    private int? PastPlace(SentenceContext ctx, int i, int end, bool whither = false)
    {
        if (lexicon.Cue(ctx.Tokens, i) is { Value: var cue } && (cue == "location" || whither && cue == "destination") && i + 1 < end
            && ctx.ByToken[i + 1] is { Type: EntityType.GPE or EntityType.LOC } place && place.PhraseFirstToken == i + 1)
            return ctx.EndOf(place);
        if (ctx.ByToken[i] is not { Type: EntityType.GPE or EntityType.LOC } here) return null;
        return whither ? here.PhraseFirstToken == i ? ctx.EndOf(here) : null
            : here.FirstToken == i && PlaceLead(ctx.Tokens, here) == "location" ? ctx.EndOf(here) : null;
    }

    private const int WelcomeLookBackTokens = 6;

    /// <summary>The country or city that is the subject of a verb of welcoming right before the trigger, with nothing else between but a word for the kind of place.</summary>
    private string? WelcomingPlace(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        for (var i = trigger.First - 1; i >= Math.Max(ctx.Sentence.FirstToken, trigger.First - WelcomeLookBackTokens); i--)
        {
            // «رحبت دولة الإمارات»: one word may name the kind of place.
            if (lexicon.Is(ctx.Tokens, i, "welcome"))
                return ctx.ByToken[trigger.First - 1] is { Type: EntityType.GPE or EntityType.LOC } host && ctx.EndOf(host) == trigger.First
                    && host.PhraseFirstToken - i - 1 is 0 or 1 && ctx.Tokens[i + 1].IsWord ? host.Key : null;
        }
        return null;
    }

    private const int GroupObjectReachTokens = 8;

    /// <summary>
    /// «يزور وفد من المعارضة السورية الرئيسة المدعومة من الغرب موسكو»: after a verb of visiting and the group that visits, a
    /// place with no preposition before it, in the same clause, is where it goes; null when none stands there.
    /// </summary>
    private string? PlaceAfterGroup(SentenceContext ctx, PhraseMatch<Trigger> trigger, Draft draft)
    {
        if (draft.Type != EventType.Visit || trigger.Value.Kind != TriggerKind.Verb || trigger.Enclitic.Length > 0) return null;
        var at = trigger.End;
        while (at < ctx.Sentence.EndToken && ctx.InTime[at]) at++;
        if (at >= ctx.Sentence.EndToken || GroupAt(ctx, at, ctx.Sentence.EndToken) is not { End: var from }) return null;
        // Gentilics on the way say whose the group is («والمعارضة السورية»); any other name, a comma or another trigger ends the search.
        for (var i = from; i < Math.Min(ctx.Sentence.EndToken, from + GroupObjectReachTokens); i++)
        {
            if (ctx.Tokens[i].Form is "," or ";" or ":" || lexicon.Triggers.Match(ctx.Tokens, i) is not null) return null;
            if (kb.Gentilics.Match(ctx.Tokens, i) is { } gentilic) { i = gentilic.End - 1; continue; }
            if (ctx.ByToken[i] is not { } m) continue;
            return m.PhraseFirstToken == i && m.Type is EntityType.GPE or EntityType.LOC && PlaceLead(ctx.Tokens, m) is null ? m.Key : null;
        }
        return null;
    }

    private bool IsDirectObject(SentenceContext ctx, PhraseMatch<Trigger> trigger, Mention? subject, Mention m)
    {
        if (trigger.Value.Kind != TriggerKind.Verb) return false;
        var from = subject is not null && subject.EndToken >= trigger.End && ctx.EndOf(subject) <= m.PhraseFirstToken ? ctx.EndOf(subject) : trigger.End;
        return IsRightAfter(ctx, trigger.End, m) || IsRightAfter(ctx, from, m) || IsPlaceInObject(ctx, from, m);
    }

    private const int ObjectHeadWords = 3;

    /// <summary>
    /// The place a visited building or town lies in, or is: the object opens with a place noun or an institution
    /// and the place follows within a few words («زار مستشفى شرق جدة»، «زار مدينتي بانتيو ولير»).
    /// </summary>
    private bool IsPlaceInObject(SentenceContext ctx, int from, Mention m)
    {
        var i = from;
        while (i < m.PhraseFirstToken && (ctx.InTime[i] || ctx.Tokens[i].Kind == TokenKind.Punctuation || lexicon.Is(ctx.Tokens, i, "adverb"))) i++;
        if (i >= m.PhraseFirstToken || lexicon.Cue(ctx.Tokens, i) is not { Value: "place-noun" or "institution", Proclitics.Length: 0 }) return false;
        for (var j = i + 1; j < m.PhraseFirstToken; j++)
            if (ctx.ByToken[j] is not null || !ctx.Tokens[j].IsWord || j - i > ObjectHeadWords) return false;
        return true;
    }

    /// <summary>
    /// The place: for a meeting, a place written as a location or destination after the trigger;
    /// for a visit, its destination — after «إلى»، or the verb's direct object («زار موسكو»،
    /// «وصل حفتر العاصمة الروسية موسكو») — never a mere location («في ظل … في أفريقيا»).
    /// </summary>
    /// <param name="objectVisit">The visit's object is where it went though no place may be named there (<see cref="VisitsAnObject"/>).</param>
    private string? Place(SentenceContext ctx, PhraseMatch<Trigger> trigger, List<Mention> after, EventType type, Mention? subject, bool objectVisit)
    {
        var tokens = ctx.Tokens;
        if (type == EventType.Call) return null; // a call joins two places; the one after it is what was talked of
        foreach (var m in after)
        {
            if (m.Type is not (EntityType.GPE or EntityType.LOC)) continue;
            var lead = PlaceLead(tokens, m);
            // «المبعوث الشخصي للرئيس بوتين للشرق الأوسط»: a place behind «ل» right after a person is what his office is for.
            if (type != EventType.Visit && lead == "destination" && m.PhraseFirstToken > 0 && ctx.ByToken[m.PhraseFirstToken - 1] is { Type: EntityType.PER }
                && m.Proclitics.EndsWith('ل')) continue;
            if (type != EventType.Visit && lead is not null) return m.Key; // where it happens; for a deployment, where the forces go
            if (type == EventType.Visit && (lead == "destination" || lead is null && IsDirectObject(ctx, trigger, subject, m)
                || lead == "location" && trigger.Value.LocationIsDestination)) return m.Key;
            // «قام الجبير بزيارة قطر»: a place in construct with the visit noun is where the visit went.
            if (type == EventType.Visit && lead is null && trigger.Value.Kind == TriggerKind.Noun && IsGenitiveOf(ctx, trigger, m, throughPlaceNouns: true)) return m.Key;
        }
        // «ويزور حائط المبكى في القدس الشرقية»: where the object the visitor goes to stands.
        if (objectVisit && after.FirstOrDefault(m => m.Type is EntityType.GPE or EntityType.LOC && PlaceLead(tokens, m) == "location") is { } located)
            return located.Key;
        // «وفي مصر سيلتقي كيري نظيره»: where it happens, written before the verb.
        if (type != EventType.Visit && trigger.First > 0 && ctx.ByToken[trigger.First - 1] is { Type: EntityType.GPE or EntityType.LOC } fronted
            && fronted.EndToken == trigger.First && fronted.PhraseFirstToken >= ctx.Sentence.FirstToken && PlaceLead(tokens, fronted) == "location") return fronted.Key;
        // «يحل جنتيلوني غدا بالجزائر في زيارة عمل»: the place the clause went to, right before «في زيارة».
        if (type == EventType.Visit && trigger.Value.Kind == TriggerKind.Noun && trigger.First > 1 && lexicon.Is(tokens, trigger.First - 1, "location")
            && ctx.ByToken[trigger.First - 2] is { Type: EntityType.GPE or EntityType.LOC } before && before.EndToken == trigger.First - 1
            && before.PhraseFirstToken >= ctx.Sentence.FirstToken && PlaceLead(tokens, before) == "location") return before.Key; // «إلى» there is a verb's destination
        // «رحبت دولة الإمارات العربية المتحدة بزيارة الرئيس الصيني»: the place that welcomes the visit is where it goes.
        if (type == EventType.Visit && trigger.Value.Kind == TriggerKind.Noun && trigger.Proclitics.EndsWith('ب') && WelcomingPlace(ctx, trigger) is { } host) return host;
        if (type != EventType.Visit || trigger.Enclitic.Length == 0 || trigger.Value.Kind != TriggerKind.Verb
            || !lexicon.Is(tokens, trigger.First - 1, "relative")) return null;
        // «موسكو التي وصلها»: the pronoun on the verb stands for the place the relative clause follows.
        for (var i = trigger.First - 2; i >= Math.Max(ctx.Sentence.FirstToken, trigger.First - PlaceLookBackTokens); i--)
            if (ctx.ByToken[i] is { Type: EntityType.GPE or EntityType.LOC } p) return p.Key;
        return null;
    }

    /// <summary>
    /// «زار الوفد الحملة»، «قام بزيارة لحقل الشيبة»: a verb whose object is where the visitor went tells a visit even
    /// when that place is no name the text knows; the noun does when it is made («قام … بزيارة»), not when it is
    /// welcomed or told of («رحبت بزيارة»، «اهتمت بزيارة»).
    /// </summary>
    private bool VisitsAnObject(SentenceContext ctx, PhraseMatch<Trigger> trigger, int maker) =>
        trigger.Value.ObjectIsDestination && (trigger.Value.Kind == TriggerKind.Verb || maker >= 0 || IsOwnVisitOfAPlace(ctx, trigger)) || GoesTo(ctx, trigger);

    /// <summary>«خلال زيارته أكاديمية الحزب الشيوعي الصيني في … بكين»: his own visit, told with the kind of place it went to right after.</summary>
    private bool IsOwnVisitOfAPlace(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.Value.Kind == TriggerKind.Noun && trigger.Enclitic.Length > 0 && trigger.End < ctx.Sentence.EndToken && ctx.ByToken[trigger.End] is null
        && lexicon.Cue(ctx.Tokens, trigger.End) is { Value: "place-noun" or "institution" or "site", Proclitics.Length: 0 };

    /// <summary>
    /// «وصل بومبيو إلى القصر الملكي»، «توجه إلى قاعدة الملك خالد الجوية»: «إلى» and a kind of place after the trigger and its subject
    /// (a place noun, an institution or a site); «وصل إلى قناعة»، «مغادرته إلى أن» go nowhere.
    /// </summary>
    private bool GoesTo(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        var tokens = ctx.Tokens;
        for (var i = trigger.End; i + 1 < ctx.Sentence.EndToken && i < trigger.End + MaxAppositionTokens; i++)
        {
            if (ctx.ByToken[i] is not null || ctx.InTime[i] || tokens[i].Kind == TokenKind.Punctuation) continue;
            return lexicon.Cue(tokens, i) is { Value: "destination", Proclitics.Length: 0 } && tokens[i + 1].IsWord && ctx.ByToken[i + 1] is null
                && (lexicon.Cue(tokens, i + 1) is { Value: "place-noun" or "institution" or "site" } || IsUnknownProperWord(tokens[i + 1]));
        }
        return false;
    }

    /// <summary>
    /// «سيتوجه إلى فودجا»: a bare word the news never writes with the article is a name (a town the knowledge base does not
    /// know), where «قناعة» and «مستوى» are common nouns (the news writes «القناعة»، «المستوى»).
    /// </summary>
    private static bool IsUnknownProperWord(Token token) =>
        token.Proclitics.Count == 0 && token.Enclitic.Length == 0 && token.Form.Length >= MinProperWordLength
        && !token.Form.StartsWith("ال", StringComparison.Ordinal) && CliticSegmenter.Default.CountOf("ال" + token.Form) == 0;

    private const int MinProperWordLength = 3;
}
