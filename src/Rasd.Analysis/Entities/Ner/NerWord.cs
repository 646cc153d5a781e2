namespace Rasd.Analysis.Entities.Ner;

/// <summary>What a token's shape is, coarsely: a word in Arabic script, a Latin run, digits, punctuation.</summary>
internal enum WordKind : byte { Arabic = 1, Latin, Number, Punctuation, Mixed }

/// <summary>
/// One spelling read once for the recognizer: the hashes of its match form, stem (clitics read off by
/// the <see cref="Rasd.Arabic.CliticSegmenter"/>) and proclitics, which its neighbours use as context,
/// and the features it gives itself wherever it stands (affixes, shape, lexicon counts, word lists).
/// </summary>
internal sealed class NerWord
{
    public required ulong Form { get; init; }

    public required ulong Stem { get; init; }

    /// <summary>
    /// The forms a gazetteer phrase may begin with here: the word as written and every reading of it with
    /// proclitics cut (وبالعاصمة: العاصمة, عاصمه), the lexicon's or not — the gazetteer is the lexicon.
    /// </summary>
    public required ulong[] PhraseHeads { get; init; }

    /// <summary>The heads read by cutting the article off a weekday («الخميس»: خميس): no given name begins there.</summary>
    public required ulong[] WeekdayHeads { get; init; }

    public required ulong Proclitics { get; init; }

    /// <summary>The last two letters of the stem: a neighbour's ending (a nisba «ي», a plural «ون»).</summary>
    public required ulong Suffix { get; init; }

    /// <summary>The word's class (its whole path) and a coarse one (the path's first six bits), for its neighbours.</summary>
    public required ulong Cluster { get; init; }

    public required ulong CoarseCluster { get; init; }

    public required WordKind Kind { get; init; }

    public required WordFlags Flags { get; init; }

    /// <summary>The corpus frequency bucket of the form.</summary>
    public required byte Frequency { get; init; }

    public bool IsWord => Kind is WordKind.Arabic or WordKind.Latin;

    /// <summary>The features of the word itself, templates mixed in.</summary>
    public required ulong[] Own { get; init; }
}
