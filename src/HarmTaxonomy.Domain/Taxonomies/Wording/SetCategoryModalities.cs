using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>Say which kinds of content (text, image, audio, video, agentic behaviour) a category applies to.</summary>
public sealed record SetCategoryModalities(Guid CategoryId, IReadOnlyList<string>? Modalities, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var modalities = TaxonomyRules.Modalities(Modalities);
        return modalities.SequenceEqual(category.Modalities)
            ? []
            : [new CategoryModalitiesSet(draft.Id, CategoryId, modalities, by, at, TaxonomyRules.Reason(Reason))];
    }
}
