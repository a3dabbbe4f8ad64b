using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.ChangingDetails;

/// <summary>Open the taxonomy to another language, so categories can be translated into it.</summary>
public sealed record AddTaxonomyLanguage(string? Language, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        if (!TaxonomyRules.IsLanguageTag(Language))
        {
            throw TaxonomyRules.Invalid("language", $"'{Language}' is not a BCP-47 language tag such as en, es or pt-BR.");
        }

        if (draft.HasLanguage(Language!))
        {
            return [];
        }

        return draft.Languages.Count >= TaxonomyRules.MaxLanguages
            ? throw TaxonomyRules.Invalid("language", $"A taxonomy has at most {TaxonomyRules.MaxLanguages} languages.")
            : [new TaxonomyLanguageAdded(draft.Id, Language!, by, at, TaxonomyRules.Reason(Reason))];
    }
}
