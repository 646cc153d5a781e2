using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>What a gazetteer phrase is: one bit each, so a phrase may be several (a place and a person's name).</summary>
[Flags]
internal enum GazetteerKind : byte
{
    None = 0,
    Person = 1,
    Place = 2,
    Organization = 4,
    Other = 8,
    Title = 16,
    Gentilic = 32,
    GivenName = 64,
}

/// <summary>What a single word is, by the word lists: never part of a name, or a joint inside one.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,
    FunctionWord = 1,
    NameParticle = 2,
}

/// <summary>
/// The recognizer's gazetteers, from Rasd's language data: the knowledge base's aliases by type
/// (entities.tsv), names of common knowledge by kind (names.tsv: places, organizations, given names,
/// currencies and the like), titles and offices (titles.tsv), gentilics (gentilics.tsv), and the
/// function words and name particles (single words), and the weekdays (weekdays.tsv), whose «خميس» is no given name. Phrases are kept as hashes of their match forms; the first word
/// of a phrase may carry proclitics («وبموسكو», «والرئيس»), as in <see cref="PhraseMatcher{T}"/>.
/// </summary>
internal sealed class NerGazetteer
{
    private readonly Dictionary<ulong, GazetteerKind> _phrases = [];
    private readonly Dictionary<string, WordFlags> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _weekdays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public NerGazetteer()
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NerGazetteer Default { get; } = FromResources();

    /// <summary>The most words a phrase has.</summary>
    public int MaxLength { get; private set; }

    public int Count => _phrases.Count;

    private static NerGazetteer FromResources()
    {
        var g = new NerGazetteer();
        var kb = KnowledgeBase.Default;
        foreach (var entity in kb.Entities)
        {
            var kind = entity.Type switch
            {
                EntityType.PER => GazetteerKind.Person,
                EntityType.GPE or EntityType.LOC => GazetteerKind.Place,
                EntityType.ORG => GazetteerKind.Organization,
                _ => GazetteerKind.Other,
            };
            foreach (var alias in entity.Aliases) g.AddPhrase(alias, kind);
        }
        foreach (var row in LanguageData.Read("ar/names.tsv")) g.AddPhrase(row["form"], KindOfName(row));
        foreach (var row in LanguageData.Read("ar/titles.tsv")) g.AddPhrase(row["form"], GazetteerKind.Title);
        foreach (var row in LanguageData.Read("ar/gentilics.tsv")) g.AddPhrase(row["form"], GazetteerKind.Gentilic);
        foreach (var row in LanguageData.Read("ar/weekdays.tsv")) g._weekdays.Add(ArabicNormalizer.Normalize(row["form"]));
        foreach (var form in kb.FunctionWords) g.AddWord(form, WordFlags.FunctionWord);
        foreach (var form in kb.NameParticles) g.AddWord(form, WordFlags.NameParticle);
        return g;
    }

    private static GazetteerKind KindOfName(DataRow row) => row["type"] switch
    {
        "place" => GazetteerKind.Place,
        "organization" => GazetteerKind.Organization,
        "given-name" => GazetteerKind.GivenName,
        "person" => GazetteerKind.Person,
        "misc" => GazetteerKind.Other,
        var t => throw new FormatException($"{row.File}:{row.Line}: unknown type '{t}' (place, organization, given-name, person, misc)"),
    };

    /// <summary>Adds a phrase written in natural Arabic; it is read into match forms like any text.</summary>
    public void AddPhrase(string phrase, GazetteerKind kind)
    {
        var forms = PhraseMatcher<int>.Forms(phrase);
        if (forms.Length == 0) return;
        var hash = FeatureHash.Of(forms[0]);
        for (var i = 1; i < forms.Length; i++) hash = FeatureHash.Mix(hash, FeatureHash.Of(forms[i]));
        _phrases[hash] = _phrases.GetValueOrDefault(hash) | kind;
        MaxLength = Math.Max(MaxLength, forms.Length);
    }

    /// <summary>Whether <paramref name="form"/>, in match form, is a weekday of weekdays.tsv («الخميس»).</summary>
    public bool IsWeekday(string form) => _weekdays.Contains(form);

    public void AddWord(string form, WordFlags flags) => _words[form] = _words.GetValueOrDefault(form) | flags;

    public WordFlags FlagsOf(ReadOnlySpan<char> form) => _wordLookup.TryGetValue(form, out var f) ? f : WordFlags.None;

    /// <summary>
    /// Marks every phrase found in a sentence: for each token, the kinds of phrase it begins, lies
    /// inside (begins included) and ends. At each start the longest phrase of each kind wins.
    /// </summary>
    public void Mark(ReadOnlySpan<NerWord> words, Span<GazetteerKind> begin, Span<GazetteerKind> inside, Span<GazetteerKind> end)
    {
        begin.Clear();
        inside.Clear();
        end.Clear();
        if (_phrases.Count == 0) return;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (!w.IsWord) continue;
            foreach (var head in w.PhraseHeads) Walk(words, i, head, Array.IndexOf(w.WeekdayHeads, head) >= 0, begin, inside, end);
        }
    }

    /// <param name="weekday">The head was read by cutting the article off a weekday: «الخميس» is the day, never the given name «خميس».</param>
    private void Walk(ReadOnlySpan<NerWord> words, int at, ulong first, bool weekday, Span<GazetteerKind> begin, Span<GazetteerKind> inside, Span<GazetteerKind> end)
    {
        var hash = first;
        var limit = Math.Min(words.Length, at + MaxLength);
        Span<int> longest = stackalloc int[8]; // per kind bit: the end of the longest phrase from here
        longest.Clear();
        for (var j = at; j < limit; j++)
        {
            if (j > at) hash = FeatureHash.Mix(hash, words[j].Form);
            if (!_phrases.TryGetValue(hash, out var kinds)) continue;
            if (weekday) kinds &= ~GazetteerKind.GivenName;
            for (var b = 0; b < 8; b++)
                if (((int)kinds & (1 << b)) != 0) longest[b] = j + 1;
        }
        for (var b = 0; b < 8; b++)
        {
            if (longest[b] == 0) continue;
            var kind = (GazetteerKind)(1 << b);
            begin[at] |= kind;
            for (var k = at; k < longest[b]; k++) inside[k] |= kind;
            end[longest[b] - 1] |= kind;
        }
    }
}
