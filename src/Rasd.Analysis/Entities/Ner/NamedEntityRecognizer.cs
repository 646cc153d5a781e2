using Rasd.Arabic;
using Rasd.Core.Text;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// The statistical named-entity recognizer: BIO tags (PERS, LOC, ORG, MISC) for the tokens of a
/// sentence, from an averaged-perceptron linear-chain model over hashed features of Rasd's text
/// layer, decoded by Viterbi. <see cref="Default"/> is the model trained on ANERcorp and embedded
/// as <c>resources/ar/ner.bin.gz</c>. Thread-safe; a sentence allocates nothing once its
/// spellings have been seen.
/// </summary>
public sealed class NamedEntityRecognizer
{
    public const string ResourceName = "ar/ner.bin.gz";

    private static readonly Lazy<NamedEntityRecognizer> Embedded = new(() =>
    {
        using var stream = LanguageData.Open(ResourceName);
        return new NamedEntityRecognizer(NerModel.Load(stream, "resources/" + ResourceName));
    });

    [ThreadStatic] private static NerWorkspace? t_workspace;

    private readonly NerFeatures _features;

    public NamedEntityRecognizer(NerModel model)
    {
        Model = model;
        _features = new NerFeatures(model.Features);
    }

    /// <summary>The embedded model, loaded once; a missing or foreign resource is a clear error.</summary>
    public static NamedEntityRecognizer Default => Embedded.Value;

    public static NamedEntityRecognizer Load(string path) => new(NerModel.Load(path));

    public NerModel Model { get; }

    public NerTagSet Tags => Model.Tags;

    /// <summary>Forgets the spellings read so far.</summary>
    public void ClearCache() => _features.ClearCache();

    /// <summary>The tags of a sentence's tokens, as written.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var tags = new int[tokens.Count];
        Tag(tokens, tags);
        var names = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++) names[i] = Tags[tags[i]];
        return names;
    }

    /// <summary>The tag indices (into <see cref="Tags"/>) of a sentence's tokens.</summary>
    public void Tag(IReadOnlyList<string> tokens, Span<int> tags)
    {
        var ws = Workspace(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) ws.Words[i] = _features.Word(tokens[i]);
        Decode(ws, tokens.Count, tags);
    }

    /// <summary>The tag indices of tokens given as spans of <paramref name="text"/> (no strings made for words already seen).</summary>
    public void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        var ws = Workspace(tokens.Length);
        for (var i = 0; i < tokens.Length; i++) ws.Words[i] = _features.Word(text.AsSpan(tokens[i].Start, tokens[i].Length));
        Decode(ws, tokens.Length, tags);
    }

    private NerWorkspace Workspace(int tokens)
    {
        var ws = t_workspace ??= new NerWorkspace();
        ws.Ensure(tokens, Tags.Count);
        return ws;
    }

    private void Decode(NerWorkspace ws, int n, Span<int> tags)
    {
        if (n == 0) return;
        var t = Tags.Count;
        _features.Encode(ws.Words.AsSpan(0, n), Model.Bits, t, ws.Encoded);
        ws.Decode(new QuantizedRows(Model.Weights, Model.Scale, t), ws.Encoded, t, Model.Transitions, Model.Allowed, tags);
        ws.Words.AsSpan(0, n).Clear(); // hold no words past the call
    }
}
