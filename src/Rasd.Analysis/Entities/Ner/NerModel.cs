using System.IO.Compression;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// A trained linear-chain recognizer: a table of 2^<see cref="Bits"/> hashed feature rows, one
/// 16-bit weight per row and tag (times <see cref="Scale"/>), and the tag transitions. Stored
/// gzipped (<c>resources/ar/ner.bin.gz</c>, made by <c>rasd train-ner</c>): a magic header and
/// version, the tag set, the feature groups it was trained with, then only the rows that are not
/// all zero.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "RASDNER";
    public const int FormatVersion = 1;

    internal NerModel(NerTagSet tags, int bits, NerFeatureSet features, int window, short[] weights, float scale, float[] transitions, string description)
    {
        if (weights.Length != (1 << bits) * tags.Count) throw new ArgumentException("weight table does not match its size");
        if (transitions.Length != (tags.Count + 1) * tags.Count) throw new ArgumentException("transition table does not match the tags");
        Tags = tags;
        Bits = bits;
        Features = features;
        Window = window;
        Weights = weights;
        Scale = scale;
        Transitions = transitions;
        Description = description;
        var t = tags.Count;
        Allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++) Allowed[p * t + c] = tags.Allowed(p == t ? -1 : p, c);
    }

    public NerTagSet Tags { get; }

    public int Bits { get; }

    public NerFeatureSet Features { get; }

    /// <summary>Sentences either side in which a word's other occurrences count (<see cref="NerFeatureSet.Document"/>).</summary>
    public int Window { get; }

    /// <summary>How the model was made (data, epochs, seed), as the trainer wrote it.</summary>
    public string Description { get; }

    internal short[] Weights { get; }

    internal float Scale { get; }

    internal float[] Transitions { get; }

    /// <summary>(T + 1) × T: which tag may follow which (row T: the start).</summary>
    internal bool[] Allowed { get; }

    /// <summary>Rows with at least one weight.</summary>
    public int UsedRows
    {
        get
        {
            var t = Tags.Count;
            var used = 0;
            for (var r = 0; r < 1 << Bits; r++)
                if (Weights.AsSpan(r * t, t).ContainsAnyExcept((short)0)) used++;
            return used;
        }
    }

    /// <summary>Quantizes trained weights to 16 bits, the largest at ±32767.</summary>
    internal static NerModel Quantize(NerTagSet tags, int bits, NerFeatureSet features, int window, ReadOnlySpan<float> weights, float[] transitions, string description)
    {
        var max = 0f;
        foreach (var w in weights) max = Math.Max(max, Math.Abs(w));
        var scale = max == 0 ? 1 : max / short.MaxValue;
        var q = new short[weights.Length];
        for (var i = 0; i < q.Length; i++) q[i] = (short)Math.Round(weights[i] / scale);
        return new NerModel(tags, bits, features, window, q, scale, transitions, description);
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic.ToCharArray());
        writer.Write(FormatVersion);
        writer.Write(Bits);
        writer.Write((int)Features);
        writer.Write(Window);
        writer.Write(Description);
        writer.Write(Tags.Types.Count);
        foreach (var type in Tags.Types) writer.Write(type);
        writer.Write(Scale);
        foreach (var x in Transitions) writer.Write(x);
        var t = Tags.Count;
        writer.Write(UsedRows);
        var last = -1;
        for (var r = 0; r < 1 << Bits; r++)
        {
            var row = Weights.AsSpan(r * t, t);
            if (!row.ContainsAnyExcept((short)0)) continue;
            writer.Write7BitEncodedInt(r - last); // row gaps are small: they compress better than row numbers
            last = r;
            foreach (var w in row) writer.Write(w);
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model; anything else (another file, another format version, a truncated model) is an <see cref="InvalidDataException"/> saying so.</summary>
    public static NerModel Load(Stream stream, string name = "model")
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var reader = new BinaryReader(gzip);
            if (new string(reader.ReadChars(Magic.Length)) != Magic) throw new InvalidDataException($"{name}: not a Rasd named-entity model");
            var version = reader.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"{name}: named-entity model format {version}; this Rasd reads format {FormatVersion} (retrain it with rasd train-ner)");
            var bits = reader.ReadInt32();
            if (bits is < 8 or > 26) throw new InvalidDataException($"{name}: named-entity model with {bits} bits");
            var features = (NerFeatureSet)reader.ReadInt32();
            var window = reader.ReadInt32();
            var description = reader.ReadString();
            var types = new string[reader.ReadInt32()];
            for (var i = 0; i < types.Length; i++) types[i] = reader.ReadString();
            var tags = new NerTagSet(types);
            var t = tags.Count;
            var scale = reader.ReadSingle();
            var transitions = new float[(t + 1) * t];
            for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
            var weights = new short[(1 << bits) * t];
            var rows = reader.ReadInt32();
            var row = -1;
            for (var k = 0; k < rows; k++)
            {
                row += reader.Read7BitEncodedInt();
                if (row < 0 || row >= 1 << bits) throw new InvalidDataException($"{name}: row {row} outside the table");
                for (var i = 0; i < t; i++) weights[row * t + i] = reader.ReadInt16();
            }
            return new NerModel(tags, bits, features, window, weights, scale, transitions, description);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException || e is InvalidDataException && !e.Message.StartsWith(name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: not a Rasd named-entity model, or a damaged one ({e.Message})", e);
        }
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such model file");
        using var file = File.OpenRead(path);
        return Load(file, path);
    }
}
