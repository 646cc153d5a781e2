using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;

namespace Rasd.Analysis.Entities;

/// <summary>
/// Finds names: every alias of the knowledge base, and unknown people named after a title
/// («العقيد عادل عبد الكافي»). A title before a name, with the gentilics and organizations that
/// qualify it («وزير الدفاع الروسي»، «المتحدث باسم الكرملين»), becomes the mention's role.
/// </summary>
public sealed class MentionRecognizer(KnowledgeBase kb)
{
    private const int MaxUnknownNameTokens = 3;

    public IReadOnlyList<Mention> Recognize(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var mentions = new List<Mention>();
        var ranked = new Dictionary<string, string>(StringComparer.Ordinal); // a rank → the person last named with it
        for (var i = 0; i < tokens.Count;)
        {
            var mention = TitledName(doc, i) ?? KnownName(doc, i, i, null, "") ?? RankAlone(doc, i, ranked);
            if (mention is not null)
            {
                mentions.Add(mention);
                if (mention.Type == EntityType.PER && mention.PhraseFirstToken < mention.FirstToken && kb.Titles.Match(tokens, mention.PhraseFirstToken) is { Value: "rank" } rank)
                    ranked[RankKey(tokens, rank)] = mention.Key;
                i = mention.EndToken;
            }
            else i++;
        }
        return mentions;
    }

    private Mention? KnownName(AnalyzedDocument doc, int at, int phraseFirst, TextSpan? title, string phraseProclitics)
    {
        if (kb.Aliases.Match(doc.Tokens, at) is not { } m) return null;
        var raw = Cut(doc, m.First, m.End, m.CutAt);
        return new Mention(raw, raw.SliceString(doc.Raw), m.Value.Type, m.Value.Key, m.First, m.End)
        {
            Title = title?.SliceString(doc.Raw),
            TitleRaw = title,
            PhraseFirstToken = phraseFirst,
            Proclitics = phraseFirst == at ? m.Proclitics : phraseProclitics,
        };
    }

    /// <summary>
    /// A rank written alone where a name would stand («زار اللواء المتقاعد موسكو») is the person the
    /// text last named with that rank («اللواء الليبي المتقاعد خليفة حفتر»); none before, no mention.
    /// </summary>
    private Mention? RankAlone(AnalyzedDocument doc, int at, Dictionary<string, string> ranked)
    {
        var tokens = doc.Tokens;
        if (kb.Titles.Match(tokens, at) is not { Value: "rank" } rank || !ranked.TryGetValue(RankKey(tokens, rank), out var key)) return null;
        var end = rank.End;
        while (end < tokens.Count && (kb.Titles.Match(tokens, end) is { Value: "qualifier" } || kb.Gentilics.Match(tokens, end) is not null)) end++;
        var raw = Cut(doc, at, end, rank.CutAt);
        return new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, at, end) { Title = raw.SliceString(doc.Raw), TitleRaw = raw, PhraseFirstToken = at, Proclitics = rank.Proclitics };
    }

    // The rank's first word: «اللواء المتقاعد» later is the «اللواء» of before.
    private static string RankKey(IReadOnlyList<Token> tokens, PhraseMatch<string> rank) => tokens[rank.First].Form[rank.CutAt..];

    private Mention? TitledName(AnalyzedDocument doc, int at)
    {
        var tokens = doc.Tokens;
        if (kb.Titles.Match(tokens, at) is not { } first || first.Value == "qualifier") return null;
        // A role may chain titles and qualifiers: «نائب وزير الدفاع الروسي، الفريق أول يونس بك يفكيروف».
        var end = first.End;
        var roleEnd = end;
        var qualified = IsRank(first.Value); // what stands right before the name sets it off from the title
        while (end < tokens.Count)
        {
            if (kb.Titles.Match(tokens, end) is { Value: "qualifier" } q) { end = roleEnd = q.End; qualified = true; }
            else if (kb.Titles.Match(tokens, end) is { } more) { end = roleEnd = more.End; qualified = IsRank(more.Value); }
            else if (kb.Gentilics.Match(tokens, end) is { } g) { end = roleEnd = g.End; qualified = true; }
            else if (IsNisbaAdjective(tokens[end]) && end == roleEnd) { end = roleEnd = end + 1; qualified = true; }
            else if (kb.Aliases.Match(tokens, end) is { Value.Type: EntityType.ORG } org) { end = roleEnd = org.End; qualified = true; }
            else if (tokens[end].Form is "," or "\"" or "'" or "(") { end++; qualified = true; }
            else break;
        }
        var titleRaw = Cut(doc, first.First, roleEnd, first.CutAt);
        if (KnownName(doc, end, at, titleRaw, first.Proclitics) is { } known)
            return known.Type == EntityType.PER ? known : null;
        // An unknown name is trusted after a rank («العقيد عادل عبد الكافي»), or after an office set
        // off by a qualifier or punctuation («الرئيس الفلسطيني محمود عباس»), not right after a bare
        // office word, which is as often followed by a common noun («قائد قوات الشرق»).
        return qualified ? UnknownPerson(doc, at, end, titleRaw, first.Proclitics) : null;
    }

    private static bool IsRank(string kind) => kind is "rank" or "honorific";

    private Mention? UnknownPerson(AnalyzedDocument doc, int phraseFirst, int at, TextSpan title, string proclitics)
    {
        var tokens = doc.Tokens;
        var end = at;
        // A personal name does not open with the article («اللاعب الرئيسي» is a description).
        if (at < tokens.Count && tokens[at].Form.StartsWith("ال", StringComparison.Ordinal)) return null;
        var particles = 0;
        while (end < tokens.Count && end - at < MaxUnknownNameTokens + particles && IsNameWord(doc, end))
            if (kb.NameParticles.Contains(tokens[end++].Form)) particles++;
        // A third word counts only when the name visibly ends after it (punctuation or the text's end).
        if (end - at == MaxUnknownNameTokens + particles && end < tokens.Count && tokens[end].Kind is not (TokenKind.Punctuation or TokenKind.Symbol)) end--;
        while (end > at && kb.NameParticles.Contains(tokens[end - 1].Form)) end--; // «محمد بن» is not a whole name
        if (end - at < 2) return null;
        var raw = doc.RawSpan(at, end);
        var key = "per:" + string.Join(' ', tokens.Skip(at).Take(end - at).Select(t => t.Form));
        return new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, at, end)
        {
            Title = title.SliceString(doc.Raw),
            TitleRaw = title,
            PhraseFirstToken = phraseFirst,
            Proclitics = proclitics,
        };
    }

    private bool IsNameWord(AnalyzedDocument doc, int i) =>
        doc.Tokens[i] is var token && token.Kind == TokenKind.Word && token.Form.Length >= 2
        && !token.Raw.Slice(doc.Raw).Contains('\u064B') // tanwin fath marks an adverb or a circumstantial word (قائلاً), not a name
        && !token.Form.StartsWith("لل", StringComparison.Ordinal) // preposition fused with the article: «لليمن»
        && !kb.FunctionWords.Contains(token.Form)
        && kb.Titles.Match(doc.Tokens, i) is null && kb.Gentilics.Match(doc.Tokens, i) is null && kb.Aliases.Match(doc.Tokens, i) is null;

    // «الوطني»، «العسكري»: a definite adjective of relation qualifies the title before it.
    private static bool IsNisbaAdjective(Token token) =>
        token.Kind == TokenKind.Word && token.Form.Length >= 5 && token.Form.StartsWith("ال", StringComparison.Ordinal)
        && (token.Form.EndsWith('ي') || token.Form.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>The raw span of tokens <c>[first, end)</c>, cut <paramref name="cutAt"/> match-form characters into the first.</summary>
    private static TextSpan Cut(AnalyzedDocument doc, int first, int end, int cutAt)
    {
        var start = doc.Tokens[first].Span.Start + cutAt;
        return new TextSpan(doc.RequireNormalized().ToRaw(new TextSpan(start, start + 1)).Start, doc.Tokens[end - 1].Raw.End);
    }
}
