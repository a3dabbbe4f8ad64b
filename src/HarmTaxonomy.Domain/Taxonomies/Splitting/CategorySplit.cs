using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Splitting;

/// <summary>Category Source was split into new categories beside it: Source is deprecated and replaced by them; its children move to the first one.</summary>
public sealed record CategorySplit(
    Guid TaxonomyId,
    Guid SourceId,
    Guid? SourceParentId,
    IReadOnlyList<string> SourceModalities,
    string Language,
    IReadOnlyList<SplitPart> Parts,
    IReadOnlyList<Guid> MovedChildren,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [SourceId, .. Parts.Select(part => part.CategoryId), .. MovedChildren];
}
