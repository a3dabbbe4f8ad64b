using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// What the curator dialogs read from a draft and do to it. The app answers from the read models and the one write
/// path (<see cref="CurationDrafts"/>); component tests answer from a draft held in memory, so a dialog's preview,
/// refusals and stale-draft handling can be checked without a database.
/// </summary>
public interface ICurationDrafts
{
    /// <summary>The draft tree in tree order (parents first, siblings by position).</summary>
    Task<IReadOnlyList<DraftTreeNode>> TreeAsync(Guid taxonomyId, CancellationToken cancellationToken);

    /// <summary>What publishing the draft now would mean, from the rules' own view of the draft.</summary>
    Task<PublicationPlan> PlanAsync(Guid taxonomyId, CancellationToken cancellationToken);

    /// <summary>Runs one command against the draft the writer saw; throws as <see cref="TaxonomyWriter.ExecuteAsync"/> does.</summary>
    Task<WriteOutcome> ExecuteAsync(Guid taxonomyId, long expectedVersion, ITaxonomyCommand command, Actor by, CancellationToken cancellationToken);
}
