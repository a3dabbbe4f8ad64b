using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Mapping;

/// <summary>A category's mapping to one target was removed.</summary>
public sealed record CategoryMappingRemoved(
    Guid TaxonomyId,
    Guid CategoryId,
    string TargetKey,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
