using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>A category's definition or scope note in one language changed.</summary>
public sealed record CategoryRedefined(
    Guid TaxonomyId,
    Guid CategoryId,
    string Language,
    string Definition,
    string? ScopeNote,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
