using System.Reflection;

namespace Rasd.Arabic;

/// <summary>One row of a language data table, read by column name.</summary>
public sealed class DataRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string this[string column] => Get(column) ?? throw new FormatException($"{File}:{Line}: column '{column}' is empty.");

    public string? Get(string column) =>
        columns.TryGetValue(column, out var i) && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;

    public int Int(string column) => int.TryParse(this[column], out var v)
        ? v
        : throw new FormatException($"{File}:{Line}: column '{column}' is not a number: '{this[column]}'.");
}

/// <summary>
/// Reads the tab-separated language data embedded from <c>resources/</c>. Lines starting with
/// <c>#</c> are comments; the first other line names the columns.
/// </summary>
public static class LanguageData
{
    private static readonly Assembly Assembly = typeof(LanguageData).Assembly;

    public static IEnumerable<string> Names =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith("resources/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Opens an embedded file of <c>resources/</c> as it is stored (a model, a table).</summary>
    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream("resources/" + name)
            ?? throw new FileNotFoundException($"No language data file 'resources/{name}' is embedded.");

    public static IReadOnlyList<DataRow> Read(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        var rows = new List<DataRow>();
        Dictionary<string, int>? columns = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            if (columns is null)
            {
                columns = cells.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
                continue;
            }
            rows.Add(new DataRow(name, lineNumber, columns, cells));
        }
        return rows;
    }

    /// <summary>Splits a cell holding several values separated by <c>|</c>.</summary>
    public static IEnumerable<string> Values(string? cell) =>
        cell is null ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
