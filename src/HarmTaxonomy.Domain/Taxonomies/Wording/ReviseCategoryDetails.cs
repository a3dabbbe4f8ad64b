using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>Replace a category's examples, alternative labels and severity guidance in one language.</summary>
public sealed record ReviseCategoryDetails(
    Guid CategoryId,
    string? Language,
    IReadOnlyList<string>? Examples,
    IReadOnlyList<string>? AltLabels,
    string? SeverityGuidance,
    string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var language = TaxonomyRules.LanguageOf(draft, Language);
        var examples = TaxonomyRules.TextList(Examples, "examples", TaxonomyRules.MaxExamples, TaxonomyRules.MaxExample);
        var altLabels = TaxonomyRules.TextList(AltLabels, "altLabels", TaxonomyRules.MaxAltLabels, TaxonomyRules.MaxLabel);
        var guidance = TaxonomyRules.LongText(SeverityGuidance, "severityGuidance");

        var unchanged = examples.SequenceEqual(category.Examples.GetValueOrDefault(language) ?? [], StringComparer.Ordinal)
            && altLabels.SequenceEqual(category.AltLabels.GetValueOrDefault(language) ?? [], StringComparer.Ordinal)
            && guidance == (category.SeverityGuidance.GetValueOrDefault(language) ?? "");
        return unchanged
            ? []
            : [new CategoryDetailsRevised(draft.Id, CategoryId, language, examples, altLabels, guidance.Length == 0 ? null : guidance, by, at, TaxonomyRules.Reason(Reason))];
    }
}
