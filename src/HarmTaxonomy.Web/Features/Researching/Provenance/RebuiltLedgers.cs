using System.Collections.Concurrent;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using Marten;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>
/// Ledgers of taxonomies written before the ledger projection existed (inline projections never backfill), folded
/// from their streams and kept here, so each read only folds the events since the last one. Storing them instead
/// could race a writer's inline update and lose its event for good; rebuilding the projection while no one writes
/// (Marten's projection rebuild) makes the stored ledgers whole, and then this stays empty.
/// Only taxonomies older than the projection are ever kept, so the set does not grow with use.
/// </summary>
public sealed class RebuiltLedgers
{
    private readonly ConcurrentDictionary<Guid, ProvenanceLedger> ledgers = new();

    /// <param name="streamVersion">The taxonomy's stream version as last read: a ledger covering it is current enough.</param>
    public async Task<ProvenanceLedger?> GetAsync(IQuerySession session, Guid taxonomyId, long streamVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var known = ledgers.GetValueOrDefault(taxonomyId);
        if (known is not null && known.LastStreamVersion >= streamVersion)
        {
            return known;
        }

        var events = await session.Events.FetchStreamAsync(taxonomyId, fromVersion: (known?.LastStreamVersion ?? 0) + 1, token: cancellationToken);
        var ledger = ProvenanceLedger.FromStream(taxonomyId, events.Select(stored => (stored.Data, stored.Version)), known);
        return ledger is null
            ? null
            : ledgers.AddOrUpdate(taxonomyId, ledger, (_, current) => current.LastStreamVersion >= ledger.LastStreamVersion ? current : ledger);
    }
}
