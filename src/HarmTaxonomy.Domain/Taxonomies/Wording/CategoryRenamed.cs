using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>A category's label in one language changed.</summary>
public sealed record CategoryRenamed(
    Guid TaxonomyId,
    Guid CategoryId,
    string Language,
    string Label,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
