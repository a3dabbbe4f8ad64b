using HarmTaxonomy.Domain.Taxonomies.Publishing;
using JasperFx.Events;
using Marten.Events.Projections;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Writes one <see cref="TaxonomyVersionDocument"/> per published version; nothing ever updates it.</summary>
public sealed partial class TaxonomyVersionProjection : EventProjection
{
    public static TaxonomyVersionDocument Create(IEvent<TaxonomyVersionPublished> published) => new()
    {
        Id = TaxonomyVersionDocument.IdFor(published.Data.Snapshot.Slug, published.Data.Version),
        TaxonomyId = published.Data.TaxonomyId,
        Slug = published.Data.Snapshot.Slug,
        Version = published.Data.Version,
        PreviousVersion = published.Data.PreviousVersion,
        Bump = published.Data.Bump,
        Changelog = published.Data.Changelog,
        Licence = published.Data.Licence,
        Sha256 = published.Data.Sha256,
        PublishedBy = published.Data.By,
        PublishedAt = published.Data.At,
        Snapshot = published.Data.Snapshot,
    };
}
