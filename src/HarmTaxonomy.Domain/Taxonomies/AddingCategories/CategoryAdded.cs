using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.AddingCategories;

/// <summary>A category joined the draft at a position under a parent (or at the top level).</summary>
public sealed record CategoryAdded(
    Guid TaxonomyId,
    Guid CategoryId,
    Guid? ParentId,
    int Position,
    string Notation,
    string Language,
    string Label,
    string Definition,
    string? ScopeNote,
    IReadOnlyList<string> Modalities,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
