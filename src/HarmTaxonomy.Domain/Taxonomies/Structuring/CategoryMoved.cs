using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>A category (with its subtree) moved under another parent, or to the top level.</summary>
public sealed record CategoryMoved(
    Guid TaxonomyId,
    Guid CategoryId,
    Guid? FromParentId,
    Guid? ToParentId,
    int Position,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
