using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>A curator gave a category another notation.</summary>
public sealed record CategoryRenumbered(
    Guid TaxonomyId,
    Guid CategoryId,
    string Notation,
    string PreviousNotation,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
