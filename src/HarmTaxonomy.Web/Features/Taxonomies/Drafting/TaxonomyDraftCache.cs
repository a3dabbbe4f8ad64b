using System.Collections.Concurrent;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using Marten;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>
/// Keeps each taxonomy's write model in memory and catches it up from the event store before every use, so a
/// decision over thousands of categories costs one version check instead of a replay or a large document load.
/// The event store stays the only truth: another instance's appends are read as events, never assumed.
/// </summary>
public sealed class TaxonomyDraftCache
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    /// <summary>Serialises this instance's writers of one taxonomy; other instances are caught by the stream version.</summary>
    public SemaphoreSlim GateFor(Guid taxonomyId) => entries.GetOrAdd(taxonomyId, _ => new Entry()).Gate;

    /// <returns>The draft as of the latest event, or null when no such taxonomy exists.</returns>
    public async Task<TaxonomyDraft?> CurrentAsync(IQuerySession session, Guid taxonomyId, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(taxonomyId, _ => new Entry());
        var state = await session.Events.FetchStreamStateAsync(taxonomyId, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var draft = entry.Draft;
        if (draft is not null && draft.Version == state.Version)
        {
            return draft;
        }

        // Only events newer than what we hold are read; a cold entry replays the stream once.
        var events = await session.Events.FetchStreamAsync(taxonomyId, fromVersion: (draft?.Version ?? 0) + 1, token: cancellationToken);
        foreach (var stored in events)
        {
            if (draft is null)
            {
                draft = stored.Data is TaxonomyCreated created
                    ? TaxonomyDraft.Start(created, stored.Version)
                    : throw new InvalidOperationException($"Taxonomy stream {taxonomyId} does not start with {nameof(TaxonomyCreated)}.");
            }
            else if (stored.Data is ITaxonomyEvent change)
            {
                draft.Apply(change, stored.Version);
            }
        }

        entry.Draft = draft;
        return draft;
    }

    /// <summary>Applies events this instance has just committed.</summary>
    public void Committed(Guid taxonomyId, IReadOnlyList<ITaxonomyEvent> events, long firstVersion)
    {
        if (!entries.TryGetValue(taxonomyId, out var entry) || entry.Draft is not { } draft || draft.Version != firstVersion - 1)
        {
            Forget(taxonomyId);
            return;
        }

        for (var index = 0; index < events.Count; index++)
        {
            draft.Apply(events[index], firstVersion + index);
        }
    }

    /// <summary>Drops the cached draft, for example after a failed write left it uncertain.</summary>
    public void Forget(Guid taxonomyId)
    {
        if (entries.TryGetValue(taxonomyId, out var entry))
        {
            entry.Draft = null;
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public TaxonomyDraft? Draft { get; set; }
    }
}
