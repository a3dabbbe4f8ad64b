using JasperFx.Events;
using Marten.Events.Aggregation;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// Keeps each taxonomy's <see cref="ProvenanceLedger"/> current (inline: a version's provenance is readable the moment
/// it is published). Every taxonomy event is read, because every change names a curator.
/// </summary>
public sealed class ProvenanceLedgerProjection : SingleStreamProjection<ProvenanceLedger, Guid>
{
    public override ProvenanceLedger? Evolve(ProvenanceLedger? snapshot, Guid id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return ProvenanceLedger.Record(snapshot, id, e.Data, e.Version);
    }
}
