using Marten.Events.Aggregation;

namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>Builds <see cref="ReferenceTaxonomy"/> documents from the import events (registered inline).</summary>
public sealed class ReferenceTaxonomyProjection : SingleStreamProjection<ReferenceTaxonomy, Guid>
{
    public static ReferenceTaxonomy Create(ReferenceTaxonomyImported imported) =>
        ReferenceTaxonomy.From(imported.TaxonomyId, imported.Content, imported.ContentHash, imported.ImportedAt);

    public static ReferenceTaxonomy Apply(ReferenceTaxonomyRevised revised, ReferenceTaxonomy current) =>
        ReferenceTaxonomy.From(revised.TaxonomyId, revised.Content, revised.ContentHash, current.ImportedAt) with
        {
            RevisedAt = revised.RevisedAt,
        };
}
