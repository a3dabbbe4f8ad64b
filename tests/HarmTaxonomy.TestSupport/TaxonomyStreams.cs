using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using Marten;

namespace HarmTaxonomy.TestSupport;

/// <summary>
/// Writes a taxonomy decided in memory (thousands of categories) straight to its stream, in batches, far faster than
/// one command at a time through the writer and with the same events.
/// </summary>
public static class TaxonomyStreams
{
    public static async Task AppendAsync(IDocumentStore store, TaxonomyCreated created, IReadOnlyList<ITaxonomyEvent> events)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(events);
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(created.TaxonomyId, created);
            await session.SaveChangesAsync();
        }

        // With the expected version the inline projections know each event's version, as on the app's write path.
        var version = 1L;
        foreach (var batch in events.Chunk(1_000))
        {
            await using var session = store.LightweightSession();
            version += batch.Length;
            session.Events.Append(created.TaxonomyId, version, [.. batch]);
            await session.SaveChangesAsync();
        }
    }
}
