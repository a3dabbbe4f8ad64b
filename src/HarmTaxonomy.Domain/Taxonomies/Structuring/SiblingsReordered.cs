using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>The children of one parent (or the top level) were put in a new order.</summary>
public sealed record SiblingsReordered(
    Guid TaxonomyId,
    Guid? ParentId,
    IReadOnlyList<Guid> OrderedIds,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => OrderedIds;
}
