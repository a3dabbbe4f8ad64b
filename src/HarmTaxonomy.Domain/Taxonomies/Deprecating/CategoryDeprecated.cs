using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Deprecating;

/// <summary>A category went out of use, replaced by the listed categories (or by none).</summary>
public sealed record CategoryDeprecated(
    Guid TaxonomyId,
    Guid CategoryId,
    IReadOnlyList<Guid> ReplacedBy,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
