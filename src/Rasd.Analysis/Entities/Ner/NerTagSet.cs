namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// The BIO tags a recognizer predicts: «O», then «B-X» and «I-X» for every entity type X of its
/// training data (PERS, LOC, ORG, MISC for ANERcorp), in a fixed order. An «I-X» only ever follows
/// «B-X» or «I-X»: the decoder is held to that, so every entity it outputs is well formed.
/// </summary>
public sealed class NerTagSet
{
    public const string Outside = "O";

    private readonly string[] _names;
    private readonly string[] _types; // per tag; "" for O
    private readonly bool[] _inside;
    private readonly Dictionary<string, int> _index;

    public NerTagSet(IEnumerable<string> types)
    {
        var sorted = types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var t in sorted)
            if (t.Length == 0 || t.Any(char.IsWhiteSpace)) throw new ArgumentException($"bad entity type '{t}'");
        _names = [Outside, .. sorted.SelectMany(t => new[] { "B-" + t, "I-" + t })];
        _types = [.. _names.Select(n => n == Outside ? "" : n[2..])];
        _inside = [.. _names.Select(n => n.StartsWith("I-", StringComparison.Ordinal))];
        _index = _names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        Types = sorted;
    }

    /// <summary>The entity types, in order (ANERcorp: LOC, MISC, ORG, PERS).</summary>
    public IReadOnlyList<string> Types { get; }

    public int Count => _names.Length;

    public string this[int tag] => _names[tag];

    public IReadOnlyList<string> Names => _names;

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public string TypeOf(int tag) => _types[tag];

    public bool IsInside(int tag) => _inside[tag];

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (−1: the sentence's start).</summary>
    public bool Allowed(int previous, int tag) =>
        !_inside[tag] || previous >= 0 && _types[previous] == _types[tag];

    /// <summary>Whether a tag is written the BIO way: «O», «B-X» or «I-X».</summary>
    public static bool IsBio(string tag) =>
        tag == Outside || tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-' && !tag.AsSpan(2).ContainsAny(" \t");

    /// <summary>
    /// The same entities as well-formed tags: an «I-X» that opens an entity (after «O» or another
    /// type) becomes «B-X», as CoNLL scoring reads it anyway.
    /// </summary>
    public static string[] Repair(IReadOnlyList<string> tags)
    {
        var repaired = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal) && (i == 0 || repaired[i - 1].Length < 2 || !repaired[i - 1].AsSpan(2).SequenceEqual(tag.AsSpan(2))))
                tag = "B-" + tag[2..];
            repaired[i] = tag;
        }
        return repaired;
    }
}
