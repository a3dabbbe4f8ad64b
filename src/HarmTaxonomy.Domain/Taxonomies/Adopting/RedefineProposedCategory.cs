using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>Replace a category's definition in one language, keeping its label: a session proposes the wording, not the name.</summary>
public sealed record RedefineProposedCategory(Guid CategoryId, string? Language, string? Definition, string? Reason) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var language = TaxonomyRules.LanguageOf(draft, Language);
        if (string.IsNullOrWhiteSpace(Definition))
        {
            throw TaxonomyRules.Invalid("definition", "Write the definition you propose.");
        }

        var label = category.Labels.GetValueOrDefault(language)
            ?? throw TaxonomyRules.Invalid("language", $"The category has no label in {language} yet: propose a rename in that language first.");
        return new WriteCategoryText(CategoryId, language, label, Definition, null, Reason).Decide(draft, by, at);
    }
}
