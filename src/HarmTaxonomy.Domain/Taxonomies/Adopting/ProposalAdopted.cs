using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>
/// Recorded with the change a session's proposal made, in the same commit: the session, the proposal and its tallies
/// are the cause of the events before it, and the categories they touched carry it in their history.
/// </summary>
public sealed record ProposalAdopted(
    Guid TaxonomyId,
    ProposalCause Cause,
    IReadOnlyList<Guid> Categories,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => Categories;
}
