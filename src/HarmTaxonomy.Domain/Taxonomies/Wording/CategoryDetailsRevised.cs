using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>A category's examples, alternative labels or severity guidance in one language changed.</summary>
public sealed record CategoryDetailsRevised(
    Guid TaxonomyId,
    Guid CategoryId,
    string Language,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> AltLabels,
    string? SeverityGuidance,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
