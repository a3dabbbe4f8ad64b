using HarmTaxonomy.Domain.Taxonomies.Publishing;
using JasperFx.Events;
using Marten.Events.Projections;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Writes one <see cref="TaxonomyVersionDocument"/> per published version; nothing ever updates it.</summary>
public sealed partial class TaxonomyVersionProjection : EventProjection
{
    public static TaxonomyVersionDocument Create(IEvent<TaxonomyVersionPublished> published) => TaxonomyVersionDocument.From(published.Data);
}
