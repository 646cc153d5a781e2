using Rasd.Arabic;

namespace Rasd.Fusion;

/// <summary>
/// A user's corrections to entity resolution, one per line of a tab-separated file:
/// <c>merge	NAME	OTHER</c> makes the two names one entity (OTHER's), <c>split	NAME</c> makes a spelling
/// its own entity, never merged into another. Names are matched in any spelling the normalizer folds
/// (kashida, hamza seats, marks). Lines starting with <c>#</c> are comments.
/// </summary>
public sealed record EntityOverrides(IReadOnlyList<(string Name, string Into, string Where)> Merges, IReadOnlyDictionary<string, string> Splits)
{
    public static EntityOverrides None { get; } = new([], new Dictionary<string, string>());

    /// <summary>The default place of the file: beside the store.</summary>
    public const string FileName = "entity-overrides.tsv";

    /// <summary>The corrections kept beside the store in <paramref name="dataDir"/>, or null when there are none.</summary>
    public static EntityOverrides? InDataFolder(string dataDir) =>
        Path.Combine(dataDir, FileName) is var path && File.Exists(path) ? Load(path) : null;

    public static EntityOverrides Load(string path)
    {
        var merges = new List<(string, string, string)>();
        var splits = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            var where = $"{path}:{n}";
            switch (cells)
            {
                case ["merge", var a, var b] when a.Trim().Length > 0 && b.Trim().Length > 0:
                    merges.Add((Key(a), Key(b), where));
                    break;
                case ["split", var a] when a.Trim().Length > 0:
                    splits[Key(a)] = where;
                    break;
                default:
                    throw new FormatException($"{where}: expected «merge<TAB>NAME<TAB>OTHER» or «split<TAB>NAME», got «{line}»");
            }
        }
        return new EntityOverrides(merges, splits);
    }

    /// <summary>The form a name is matched in.</summary>
    public static string Key(string name) => ArabicNormalizer.Normalize(name.Trim()).ReplaceLineEndings(" ");
}
