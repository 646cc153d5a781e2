using Rasd.Analysis.Entities;
using Rasd.Core.Model;

namespace Rasd.Fusion;

/// <summary>What fusion makes of all documents: entities and events.</summary>
public sealed record FusedResult(IReadOnlyList<Entity> Entities, IReadOnlyList<Event> Events)
{
    /// <summary>The entity id of every mention key.</summary>
    public IReadOnlyDictionary<string, string> EntityOfKey { get; init; } = new Dictionary<string, string>();
}

/// <summary>Resolves names into entities, then rewrites event mentions in entity ids and clusters them into events.</summary>
public sealed class Fuser(KnowledgeBase kb, EntityOverrides? overrides = null)
{
    /// <param name="sourceGroups">Near-duplicate documents: each → its group's id; they count as one source.</param>
    public FusedResult Run(IEnumerable<NameRecord> names, IEnumerable<EventMention> eventMentions, IReadOnlyDictionary<string, string>? sourceGroups = null)
    {
        var resolution = new EntityResolver(kb, overrides).Resolve(names);
        var resolved = eventMentions.Select(m => m with
        {
            Actors = [.. m.Actors.Select(resolution.IdOf).Distinct()],
            Counterparts = [.. m.Counterparts.Select(resolution.IdOf).Distinct()],
            Place = m.Place is null ? null : resolution.IdOf(m.Place),
        });
        var events = new EventFuser(kb.IsWithinId, sourceGroups is null ? null : doc => sourceGroups.GetValueOrDefault(doc, doc)).Fuse(resolved);
        return new FusedResult(resolution.Entities, events) { EntityOfKey = resolution.EntityOfKey };
    }
}
