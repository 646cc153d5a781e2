using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// The statistical named-entity recognizer: BIO tags (PERS, LOC, ORG, MISC) for the tokens of a
/// text, from an averaged-perceptron linear-chain model over hashed features of Rasd's text layer,
/// decoded by Viterbi. A word is read with the other places its stem stands in the sentences around
/// it, so a whole text tags better than its sentences one by one. <see cref="Default"/> is the
/// model trained on ANERcorp and embedded as <c>resources/ar/ner.bin.gz</c>. Thread-safe; once its
/// spellings have been seen, a sentence allocates nothing.
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
        _features = new NerFeatures(model.Features, model.Window);
    }

    /// <summary>The embedded model, loaded once; a missing or foreign resource is a clear error.</summary>
    public static NamedEntityRecognizer Default => Embedded.Value;

    public static NamedEntityRecognizer Load(string path) => new(NerModel.Load(path));

    public NerModel Model { get; }

    public NerTagSet Tags => Model.Tags;

    /// <summary>Forgets the spellings read so far.</summary>
    public void ClearCache() => _features.ClearCache();

    /// <summary>The tags of one sentence's tokens, as written.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var tags = new int[tokens.Count];
        Tag(tokens, tags);
        return Names(tags);
    }

    /// <summary>The tag indices (into <see cref="Tags"/>) of one sentence's tokens.</summary>
    public void Tag(IReadOnlyList<string> tokens, Span<int> tags)
    {
        var (ws, document) = Start();
        ws.Ensure(tokens.Count, Tags.Count);
        for (var i = 0; i < tokens.Count; i++) ws.Words[i] = _features.Word(tokens[i]);
        document.Add(ws.Words.AsSpan(0, tokens.Count));
        Decode(ws, document, 0, tags);
        End(ws, document);
    }

    /// <summary>The tags of a text given as sentences of tokens.</summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tags = new int[sentences.Sum(s => s.Count)];
        TagDocument(sentences, tags);
        var result = new string[sentences.Count][];
        var at = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = Names(tags.AsSpan(at, sentences[s].Count));
            at += sentences[s].Count;
        }
        return result;
    }

    /// <summary>The tag indices of a text given as sentences of tokens: one per token, sentence after sentence.</summary>
    public void TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> tags)
    {
        var (ws, document) = Start();
        var total = 0;
        foreach (var sentence in sentences)
        {
            ws.Ensure(sentence.Count, Tags.Count);
            for (var i = 0; i < sentence.Count; i++) ws.Words[i] = _features.Word(sentence[i]);
            document.Add(ws.Words.AsSpan(0, sentence.Count));
            total += sentence.Count;
        }
        if (tags.Length < total) throw new ArgumentException("one tag per token", nameof(tags));
        var at = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            Decode(ws, document, s, tags.Slice(at, sentences[s].Count));
            at += sentences[s].Count;
        }
        End(ws, document);
    }

    /// <summary>
    /// The tag indices of every token of an analyzed text (<paramref name="tags"/>: one per token),
    /// each token read as written in <paramref name="raw"/>, sentence by sentence.
    /// </summary>
    public void TagDocument(string raw, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, Span<int> tags)
    {
        if (tags.Length < tokens.Count) throw new ArgumentException("one tag per token", nameof(tags));
        var (ws, document) = Start();
        foreach (var sentence in sentences)
        {
            var n = sentence.EndToken - sentence.FirstToken;
            ws.Ensure(n, Tags.Count);
            for (var i = 0; i < n; i++) ws.Words[i] = _features.Word(tokens[sentence.FirstToken + i].Raw.Slice(raw));
            document.Add(ws.Words.AsSpan(0, n));
        }
        for (var s = 0; s < sentences.Count; s++)
            Decode(ws, document, s, tags[sentences[s].FirstToken..sentences[s].EndToken]);
        End(ws, document);
    }

    private string[] Names(ReadOnlySpan<int> tags)
    {
        var names = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++) names[i] = Tags[tags[i]];
        return names;
    }

    private (NerWorkspace, NerDocument) Start()
    {
        var ws = t_workspace ??= new NerWorkspace();
        var document = ws.DocumentFor(_features);
        document.Clear();
        return (ws, document);
    }

    private static void End(NerWorkspace ws, NerDocument document)
    {
        // Hold no words past the call.
        ws.Words.AsSpan().Clear();
        document.Clear();
    }

    private void Decode(NerWorkspace ws, NerDocument document, int sentence, Span<int> tags)
    {
        var words = document.Sentence(sentence);
        if (words.IsEmpty) return;
        var t = Tags.Count;
        ws.Ensure(words.Length, t);
        _features.Encode(words, Model.Bits, t, ws.Encoded, document, sentence);
        ws.Decode(new QuantizedRows(Model.Weights, Model.Scale, t), ws.Encoded, t, Model.Transitions, Model.Allowed, tags);
    }
}
