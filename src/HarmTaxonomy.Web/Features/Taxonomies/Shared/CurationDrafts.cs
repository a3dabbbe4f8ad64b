using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>The dialogs' view of a draft, answered by the taxonomy read models and the one write path.</summary>
public sealed class CurationDrafts(TaxonomyQueries queries, TaxonomyWriter writer) : ICurationDrafts
{
    public Task<IReadOnlyList<DraftTreeNode>> TreeAsync(Guid taxonomyId, CancellationToken cancellationToken) =>
        queries.TreeAsync(taxonomyId, cancellationToken);

    public Task<PublicationPlan> PlanAsync(Guid taxonomyId, CancellationToken cancellationToken) =>
        writer.ReadAsync(taxonomyId, PublicationPlan.For, cancellationToken);

    public Task<WriteOutcome> ExecuteAsync(Guid taxonomyId, long expectedVersion, ITaxonomyCommand command, Actor by, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(taxonomyId, expectedVersion, command, by, cancellationToken);
}
