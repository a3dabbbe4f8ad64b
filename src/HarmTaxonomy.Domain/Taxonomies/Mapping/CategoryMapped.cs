using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Mapping;

/// <summary>A category was mapped (SKOS) to a reference category or an external concept; a mapping to the same target is replaced.</summary>
public sealed record CategoryMapped(
    Guid TaxonomyId,
    Guid CategoryId,
    CategoryMapping Mapping,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
