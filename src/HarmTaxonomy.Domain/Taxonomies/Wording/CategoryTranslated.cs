using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>A category was written in another of the taxonomy's languages (label, definition, scope note).</summary>
public sealed record CategoryTranslated(
    Guid TaxonomyId,
    Guid CategoryId,
    string Language,
    string Label,
    string? Definition,
    string? ScopeNote,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
