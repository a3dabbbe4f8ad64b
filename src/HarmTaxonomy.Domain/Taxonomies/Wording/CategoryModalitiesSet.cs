using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>The kinds of content a category applies to changed.</summary>
public sealed record CategoryModalitiesSet(
    Guid TaxonomyId,
    Guid CategoryId,
    IReadOnlyList<string> Modalities,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ICategoryEvent
{
    public IReadOnlyList<Guid> TouchedCategories() => [CategoryId];
}
