using System.Globalization;
using System.Text;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>An entity read off BIO tags: tokens <c>[First, End)</c> of one type.</summary>
public readonly record struct TaggedEntity(int First, int End, string Type);

/// <summary>
/// CoNLL entity-level scores (conlleval): an entity counts only when its type and both ends match
/// the gold one. An «I-X» that opens an entity starts it, as conlleval reads it.
/// </summary>
public sealed class EntityScore
{
    private readonly SortedDictionary<string, (int Gold, int Predicted, int Correct)> _byType = new(StringComparer.Ordinal);

    public static IReadOnlyList<TaggedEntity> Entities(IReadOnlyList<string> tags)
    {
        var entities = new List<TaggedEntity>();
        var repaired = NerTagSet.Repair(tags);
        for (var i = 0; i < repaired.Length; i++)
        {
            if (!repaired[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            var type = repaired[i][2..];
            var end = i + 1;
            while (end < repaired.Length && repaired[end].StartsWith("I-", StringComparison.Ordinal) && repaired[end].AsSpan(2).SequenceEqual(type)) end++;
            entities.Add(new TaggedEntity(i, end, type));
        }
        return entities;
    }

    /// <summary>Adds one sentence: its gold tags and the predicted ones.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted tags differ in length");
        var goldEntities = Entities(gold);
        var predictedEntities = Entities(predicted);
        var goldSet = goldEntities.ToHashSet();
        foreach (var e in goldEntities) Bump(e.Type, gold: 1);
        foreach (var e in predictedEntities) Bump(e.Type, predicted: 1, correct: goldSet.Contains(e) ? 1 : 0);
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (g, p, c) = _byType.GetValueOrDefault(type);
        _byType[type] = (g + gold, p + predicted, c + correct);
    }

    public IEnumerable<string> Types => _byType.Keys;

    public (double Precision, double Recall, double F1, int Gold, int Predicted, int Correct) For(string? type)
    {
        var (g, p, c) = type is null
            ? _byType.Values.Aggregate((0, 0, 0), (a, v) => (a.Item1 + v.Gold, a.Item2 + v.Predicted, a.Item3 + v.Correct))
            : _byType.GetValueOrDefault(type);
        var precision = p == 0 ? 0 : (double)c / p;
        var recall = g == 0 ? 0 : (double)c / g;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, g, p, c);
    }

    /// <summary>Overall F1, micro-averaged over every entity.</summary>
    public double F1 => For(null).F1;

    /// <summary>A table: one line per type and one overall, precision, recall and F1 in percent.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"type",-8} {"prec",6} {"recall",6} {"F1",6} {"gold",6} {"found",6} {"right",6}");
        foreach (var type in Types.Append(null))
        {
            var s = For(type);
            text.AppendLine(CultureInfo.InvariantCulture, $"{type ?? "overall",-8} {100 * s.Precision,6:0.00} {100 * s.Recall,6:0.00} {100 * s.F1,6:0.00} {s.Gold,6} {s.Predicted,6} {s.Correct,6}");
        }
        return text.ToString();
    }
}
