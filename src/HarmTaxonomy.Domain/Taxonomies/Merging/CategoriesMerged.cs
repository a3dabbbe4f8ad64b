using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Merging;

/// <summary>Category Source was merged into Target: Source is deprecated, replaced by Target, and its children now sit under Target.</summary>
public sealed record CategoriesMerged(
    Guid TaxonomyId,
    Guid SourceId,
    Guid TargetId,
    IReadOnlyList<Guid> MovedChildren,
    int FirstChildPosition,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [SourceId, TargetId, .. MovedChildren];
}
