using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Removing;

/// <summary>A category without children was taken out of the draft; its id is never used again.</summary>
public sealed record CategoryRemoved(
    Guid TaxonomyId,
    Guid CategoryId,
    bool WasActive,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
