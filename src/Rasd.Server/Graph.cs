using Rasd.Core.Model;

namespace Rasd.Server;

public sealed record GraphNode(string Id, string Name, string Type, int Events);

/// <summary>Two entities that met (a visit, a meeting or a call), how often, and on which dates.</summary>
public sealed record GraphEdge(string Source, string Target, int Count, IReadOnlyList<string> Dates, IReadOnlyList<string> Events);

public sealed record GraphJson(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>
/// Who met whom: every actor of a visit, meeting or call linked to every counterpart, and the
/// actors of one meeting to each other. Negated events (a meeting that did not happen) draw no edge.
/// </summary>
public static class Graph
{
    public static GraphJson Build(IEnumerable<Event> events, Func<string, Entity?> entityOf, int maxNodes = 150)
    {
        var edges = new Dictionary<(string, string), (int Count, SortedSet<string> Dates, List<string> Events)>();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Negated || e.Type is not (EventType.Visit or EventType.Meeting or EventType.Call)) continue;
            var parties = e.Actors.Concat(e.Counterparts).Where(p => entityOf(p) is { Type: EntityType.PER or EntityType.ORG }).Distinct(StringComparer.Ordinal).ToList();
            foreach (var p in parties) degree[p] = degree.GetValueOrDefault(p) + 1;
            for (var i = 0; i < parties.Count; i++)
                for (var j = i + 1; j < parties.Count; j++)
                {
                    var key = string.CompareOrdinal(parties[i], parties[j]) < 0 ? (parties[i], parties[j]) : (parties[j], parties[i]);
                    var edge = edges.TryGetValue(key, out var found) ? found : (0, new SortedSet<string>(StringComparer.Ordinal), []);
                    if (e.Date?.Value is { } date) edge.Dates.Add(date);
                    edge.Events.Add(e.Id);
                    edges[key] = (edge.Count + 1, edge.Dates, edge.Events);
                }
        }
        // The busiest entities first, so a big archive gives a graph a reader can take in.
        var kept = degree.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Take(maxNodes).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var nodes = kept.Select(id => entityOf(id)!).Select(en => new GraphNode(en.Id, en.Name, en.Type.ToString(), degree[en.Id]))
            .OrderByDescending(n => n.Events).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var links = edges.Where(x => kept.Contains(x.Key.Item1) && kept.Contains(x.Key.Item2))
            .Select(x => new GraphEdge(x.Key.Item1, x.Key.Item2, x.Value.Count, [.. x.Value.Dates], x.Value.Events))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Source, StringComparer.Ordinal).ThenBy(x => x.Target, StringComparer.Ordinal).ToList();
        return new GraphJson(nodes, links);
    }
}
