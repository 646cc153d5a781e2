using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Analysis.Events;

/// <summary>
/// Groups of people that take part with no name of their own («مسؤولين روس»، «وفد من وزارة الخارجية»): the group after a
/// trigger, the group that is a trigger's subject, and the words a group may stand past (times, places, verbs of leaving).
/// </summary>
public sealed partial class EventMentionRecognizer
{
    private const int GroupLeadTokens = 3;
    private const int MaxGroupLeadTokens = 8; // with rooms, buildings and places of the meeting before the group
    private const int MaxGroupWords = 4;

    /// <summary>
    /// A group of people named right after the trigger, through «مع» or an adverb («التقى بمسؤولين روس»،
    /// «محادثات مع قادة النقابات المهنية»، «سيلتقي نظراءه الخليجيين»): its head word (groups.tsv), then
    /// the adjectives and definite words that describe it. Null when none, or when a name comes first.
    /// </summary>
    private PartyGroup? GroupAfter(SentenceContext ctx, int from, int end) => GroupOpeningAfter(ctx, from, end)?.Group;

    /// <summary>The group of <see cref="GroupAfter"/> and the token where it opens.</summary>
    private (PartyGroup Group, int At)? GroupOpeningAfter(SentenceContext ctx, int from, int end)
    {
        var tokens = ctx.Tokens;
        var reach = from + GroupLeadTokens;
        for (var i = from; i < Math.Min(end, reach); i++)
        {
            // «اجتمع دي ميستورا في جنيف مع وفد المعارضة»: where the meeting was stands between the verb and the group.
            if (PastPlace(ctx, i, end) is { } past)
            {
                reach += past - i;
                i = past - 1;
                continue;
            }
            if (ctx.ByToken[i] is not null) return null;
            if (ctx.InTime[i] || !tokens[i].IsWord) { reach = Math.Min(reach + 1, from + MaxGroupLeadTokens); continue; } // times and commas take no room
            if (lexicon.Is(tokens, i, "talks-kind")) { reach = Math.Min(reach + 1, from + MaxGroupLeadTokens); continue; } // «مباحثات بناءة ومثمرة مع»
            if (lexicon.Is(tokens, i, "with") || lexicon.Is(tokens, i, "adverb") || lexicon.Cues.Match(tokens, i, enclitics: true) is { Value: "joins" or "makes" } || IsDuringIt(tokens, i)) continue;
            if (GroupAt(ctx, i, end) is { } found) return (found.Group, i);
            // «التقى الوزير بمكتبه في الوزارة أمس وفدا من منظمة الصحة العالمية»: a room or building where it was, with «ب» or after «في».
            if (tokens[i].Proclitics is [.., "ب"] && reach < from + MaxGroupLeadTokens)
            {
                reach++;
                if (i + 1 < end && ctx.ByToken[i + 1] is { Type: EntityType.GPE or EntityType.LOC } named) { reach += ctx.EndOf(named) - i - 1; i = ctx.EndOf(named) - 1; } // «بقصر قرطاج»
                continue;
            }
            if (lexicon.Is(tokens, i, "location") && i + 1 < end && ctx.ByToken[i + 1] is null && tokens[i + 1].IsWord && reach < from + MaxGroupLeadTokens) { reach += 2; i++; continue; }
            return null;
        }
        return null;
    }

    private const string PluralEnding = "ين";
    private const string Article = "ال";

    /// <summary>
    /// «مع الكوريين الشماليين»، «التقى بالأمريكيين»: a gentilic in the plural with the article names the people of a country, a group
    /// («الكوريين الشماليين» is the plural of «الكوري الشمالي»).
    /// </summary>
    private bool IsPeopleOf(IReadOnlyList<Token> tokens, int i, int end)
    {
        static string? Singular(Token t) => t.Proclitics.Contains(Article) && t.Enclitic.Length == 0 && t.Stem.EndsWith("ي" + PluralEnding, StringComparison.Ordinal)
            ? t.Stem[..^PluralEnding.Length] : null;
        if (Singular(tokens[i]) is not { } one) return false;
        if (i + 1 < end && Singular(tokens[i + 1]) is { } two
            && kb.Gentilics.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(Article + one + " " + Article + two)), 0) is { End: 2 }) return true;
        return kb.IndefiniteGentilic(one) is not null; // the gentilic of one word, as it is written without the article
    }

    private const int MaxGroupOfWords = 3;

    /// <summary>
    /// The group that opens at token <paramref name="i"/>: a quantifier («مجموعة من»، «بعض»), its head word (groups.tsv),
    /// the adjectives and definite words that describe it, and what it is of («وفد من وزارة الخارجية»، «قائدا كبيرا في
    /// البحرية السعودية»): a body or place named there, or a few definite words. Null when no head stands there.
    /// </summary>
    private (PartyGroup Group, int End)? GroupAt(SentenceContext ctx, int i, int end)
    {
        var tokens = ctx.Tokens;
        var first = i;
        if (lexicon.Group(tokens, i) is { Value: "quantifier" } quantifier) i = quantifier.End;
        if (i >= end || ctx.ByToken[i] is not null || lexicon.Group(tokens, i) is not { Value: "head" } && !IsPeopleOf(tokens, i, end)
            || lexicon.Cue(tokens, i) is { Value: not "delegation" }) return null;
        var last = i;
        // A head with the article is in construct with nothing: a definite word after it describes it only as an adjective of
        // relation («الوفد الليبي»), else it is what follows the group («وزار الوفد الحملة»).
        var definiteHead = tokens[i].Proclitics.Contains("ال");
        for (var j = i + 1; j < Math.Min(end, i + MaxGroupWords) && ctx.ByToken[j] is null && tokens[j].IsWord; j++)
        {
            var describes = lexicon.Group(tokens, j) is { Value: "adjective" } adjective && (adjective.Proclitics.Length == 0 || definiteHead && adjective.Proclitics == "ال")
                || kb.Gentilics.Match(tokens, j) is not null
                || !definiteHead && tokens[j].Proclitics.Count == 0 && kb.IndefiniteGentilic(tokens[j].Form) is not null // «وفد أمريكي»
                || tokens[j].Proclitics is ["ال"] && lexicon.Cue(tokens, j) is null && lexicon.Triggers.Match(tokens, j) is null && (!definiteHead || IsOfRelation(tokens[j]))
                || tokens[j].Proclitics.Count == 0 && lexicon.GroupAdjectiveEndings.Any(e => tokens[j].Stem.EndsWith(e, StringComparison.Ordinal)); // أميركيين
            if (!describes) break;
            last = j;
        }
        if (last + 2 < end && lexicon.Group(tokens, last + 1) is { Value: "of", Proclitics.Length: 0 })
        {
            // «في الدوحة» after a group says where the event is; «في البحرية» what the group is of.
            var inPlace = lexicon.Is(tokens, last + 1, "location");
            // A named body or place, definite words, or a word in construct with one («وزارة الخارجية»).
            var of = last + 2;
            for (var k = of; k < Math.Min(end, of + MaxGroupOfWords);)
            {
                // «من كوريا الشمالية»، «في البحرية السعودية»: a name first, or one read as an adjective (with the article) after definite words.
                if (ctx.ByToken[k] is { Type: EntityType.ORG or EntityType.GPE or EntityType.LOC } body && body.PhraseFirstToken == k && body.EndToken <= end
                    && (k == of ? !(inPlace && body.Type is EntityType.GPE or EntityType.LOC) : tokens[k].Form.StartsWith("ال", StringComparison.Ordinal))) { last = body.EndToken - 1; break; }
                var definite = tokens[k].Proclitics is ["ال"];
                var construct = k == of && tokens[k].Proclitics.Count == 0 && k + 1 < end && (tokens[k + 1].Proclitics is ["ال"] || ctx.ByToken[k + 1] is not null);
                if (ctx.ByToken[k] is not null || !tokens[k].IsWord || !(definite || construct) || lexicon.Triggers.Match(tokens, k) is not null) break;
                last = k++;
            }
        }
        // Without the conjunction or preposition glued on («بالدبلوماسيين» → «الدبلوماسيين»), as a name's span is.
        var head = tokens[first];
        var cut = head.Form.StartsWith("لل", StringComparison.Ordinal) ? 0 : head.Proclitics.TakeWhile(p => p != "ال").Sum(p => p.Length);
        var start = ctx.Doc.RequireNormalized().ToRaw(new TextSpan(head.Span.Start + cut, head.Span.Start + cut + 1)).Start;
        var raw = new TextSpan(start, ctx.Doc.RawSpan(first, last + 1).End);
        var group = new PartyGroup(raw.SliceString(ctx.Doc.Raw), raw);
        if (lexicon.Cue(tokens, i) is not null) ctx.Delegations.Add(group); // only «delegation» passes the head's test above
        return (group, last + 1);
    }

    // «الليبي»، «السعودية»، «الأمريكيين»: an adjective of relation, in match form.
    private static bool IsOfRelation(Token token) =>
        token.Stem.EndsWith('ي') || token.Stem.EndsWith("يه", StringComparison.Ordinal) || token.Stem.EndsWith("يين", StringComparison.Ordinal) || token.Stem.EndsWith("يون", StringComparison.Ordinal);

    private const int GroupSubjectLookBackTokens = 9;

    private const int PluralOwnerLookBackTokens = 10;

    /// <summary>
    /// The group a plural pronoun on a noun stands for («ولقائهم»): the last one named a few words before in its sentence; null when
    /// none, or when a person is named there too («روحاني والوفد المرافق … بعد وصولهم»: the person is who the story follows).
    /// </summary>
    private PartyGroup? PluralOwner(SentenceContext ctx, PhraseMatch<Trigger> trigger)
    {
        // «في لقاءاتهم السابقة مع حفتر»: meetings in the plural are a recap of many, no one event.
        if (trigger.Enclitic is not ("هم" or "هما") || ctx.Tokens[trigger.First].Stem.EndsWith("ات", StringComparison.Ordinal)) return null;
        if (ctx.MentionsIn(PluralOwnerFrom(ctx, trigger), trigger.First).Any(m => m.Type == EntityType.PER)) return null;
        return LastGroupBefore(ctx, trigger);
    }

    /// <summary>
    /// «فإن الوفد المصري سيكمل رحلته إلى … أديس أبابا»: a singular pronoun stands for a delegation named a few words before,
    /// when no person is named there; null otherwise.
    /// </summary>
    private PartyGroup? DelegationOwner(SentenceContext ctx, PhraseMatch<Trigger> trigger) =>
        trigger.Enclitic is "ه" or "ها" && !ctx.MentionsIn(PluralOwnerFrom(ctx, trigger), trigger.First).Any(m => m.Type == EntityType.PER)
        && LastGroupBefore(ctx, trigger) is { } group && ctx.Delegations.Contains(group) ? group : null;

    private static int PluralOwnerFrom(SentenceContext ctx, PhraseMatch<Trigger> trigger) => Math.Max(ctx.Sentence.FirstToken, trigger.First - PluralOwnerLookBackTokens);

    /// <summary>The last group named a few words before the trigger in its sentence («روحاني والوفد المرافق له»), or anywhere before it there; null when none is.</summary>
    private PartyGroup? LastGroupBefore(SentenceContext ctx, PhraseMatch<Trigger> trigger, bool inWholeSentence = false)
    {
        PartyGroup? last = null;
        for (var i = inWholeSentence ? ctx.Sentence.FirstToken : PluralOwnerFrom(ctx, trigger); i < trigger.First; i++)
            if (GroupAt(ctx, i, trigger.First) is { } group) { last = group.Group; i = group.End - 1; }
        return last;
    }

    /// <summary>
    /// Who acts when no one is named: a group standing as the subject — right after a visit's verb or noun («وصل وفد من
    /// وزارة الخارجية»، «زيارة بعض قادة حركة حماس»), between a verb of making and its noun («قام وفد … بزيارة»), or ending
    /// right before the verb («مجموعة من المسؤولين الأمريكيين وصلت»، «أن قائدا كبيرا في البحرية السعودية زار»).
    /// </summary>
    private (PartyGroup Group, int End)? GroupSubject(SentenceContext ctx, PhraseMatch<Trigger> trigger, int end, int maker)
    {
        var tokens = ctx.Tokens;
        // After a meeting's verb a group is the one met («التقى مسؤولين روس») unless «مع» follows it («اجتمع الوفد مع مون»).
        // After a visit's verb, where it goes may come first («يصل إلى الخرطوم الأحد وفد من وزارة النقل المصرية»).
        var from = trigger.Value.Type == EventType.Visit ? PastWhereAndWhen(ctx, trigger.End, end, whither: true) : trigger.End;
        if (trigger.Enclitic.Length == 0 && (trigger.Value.Type == EventType.Visit || trigger.Value.Kind == TriggerKind.Verb))
            for (var i = from; i < Math.Min(end, from + GroupLeadTokens); i++)
            {
                if (ctx.InTime[i] || tokens[i].Form is "\"" or "«") continue;
                if (GroupAt(ctx, i, end) is { } after && (trigger.Value.Type == EventType.Visit || lexicon.Is(tokens, PastWhereAndWhen(ctx, after.End, ctx.Sentence.EndToken), "with")
                    || after.End < ctx.ByToken.Length && ctx.ByToken[after.End] is { } met && met.PhraseFirstToken == after.End && IsCounterpartMarked(tokens, met))) return after;
                break;
            }
        // «وأجرى وفد أمريكي محادثات»، «أن وفدا أمريكيا سيجري محادثات»: the group that holds the meeting is its subject, after
        // the verb of holding or right before it, as the one that makes a visit («وكان فريق من … قد قام بزيارة المصابين»).
        if (maker < 0 && trigger.Value is { Type: EventType.Meeting, Kind: TriggerKind.Noun }
            && VerbBefore(ctx, trigger.First, "holds", enclitics: false, HolderLookBackTokens) is { } holds) maker = holds;
        if (maker >= 0)
        {
            for (var i = maker + 1; i < trigger.First; i++)
                if (GroupAt(ctx, i, trigger.First) is { } made) return made;
            return GroupEndingAt(ctx, StartOfVerb(ctx, maker)) is { } making ? (making, maker) : null;
        }
        if (trigger.Value.Kind != TriggerKind.Verb) return null;
        var verb = StartOfVerb(ctx, trigger.First);
        // The longest group that ends at the verb: «مجموعة من المسؤولين الأمريكيين» rather than «المسؤولين الأمريكيين».
        if (GroupEndingAt(ctx, verb) is { } subject) return (subject, verb);
        // «مجموعة من المسؤولين غادرت العاصمة السورية دمشق متوجهة إلى دوما»: the group that left is the one that goes.
        return LeavingBefore(ctx, verb) is { } left && GroupEndingAt(ctx, left) is { } leaving ? (leaving, left) : null;
    }

    /// <summary>Where a verb's words begin: auxiliaries, a word of the future and times before it («قد قام»، «سوف يجري»).</summary>
    private int StartOfVerb(SentenceContext ctx, int verb)
    {
        while (verb > ctx.Sentence.FirstToken && (lexicon.Is(ctx.Tokens, verb - 1, "auxiliary") || lexicon.Is(ctx.Tokens, verb - 1, "future") || ctx.InTime[verb - 1])) verb--;
        return verb;
    }

    private const int LeaveLookBackTokens = 6;

    /// <summary>A verb of leaving a few tokens before a verb of going («غادر العاصمة السورية دمشق متوجها»): its token, else null.</summary>
    private int? LeavingBefore(SentenceContext ctx, int verb)
    {
        for (var j = verb - 1; j >= Math.Max(ctx.Sentence.FirstToken, verb - LeaveLookBackTokens); j--)
            if (lexicon.Is(ctx.Tokens, j, "leaves")) return j;
        return null;
    }

    /// <summary>
    /// The group that ends right before a verb, its subject; where the group is may stand between
    /// («أن فريقا من مفتشي الأسلحة الكيمياوية في سوريا سيزور»).
    /// </summary>
    private PartyGroup? GroupEndingAt(SentenceContext ctx, int verb)
    {
        for (var i = Math.Max(ctx.Sentence.FirstToken, verb - GroupSubjectLookBackTokens); i < verb; i++)
            if (GroupAt(ctx, i, verb) is { End: var stop } before && (stop == verb || PastPlace(ctx, stop, verb) == verb)) return before.Group;
        return null;
    }
}
