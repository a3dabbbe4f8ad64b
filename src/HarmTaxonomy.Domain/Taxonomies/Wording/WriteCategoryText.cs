using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Wording;

/// <summary>
/// Write a category's label, definition and scope note in one language. A language the category has no label in
/// yet is a translation; otherwise the label change is a rename and the text change a redefinition. A null
/// definition or scope note leaves it as it is; an empty one clears it.
/// </summary>
public sealed record WriteCategoryText(Guid CategoryId, string? Language, string? Label, string? Definition, string? ScopeNote, string? Reason = null)
    : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var language = TaxonomyRules.LanguageOf(draft, Language);
        var label = TaxonomyRules.Label(Label);
        var definition = TaxonomyRules.OptionalLongText(Definition, "definition");
        var scopeNote = TaxonomyRules.OptionalLongText(ScopeNote, "scopeNote");
        var reason = TaxonomyRules.Reason(Reason);

        if (!category.Labels.ContainsKey(language))
        {
            return [new CategoryTranslated(draft.Id, CategoryId, language, label, definition, scopeNote, by, at, reason)];
        }

        var events = new List<ITaxonomyEvent>();
        if (category.Labels[language] != label)
        {
            events.Add(new CategoryRenamed(draft.Id, CategoryId, language, label, by, at, reason));
        }

        var newDefinition = definition ?? category.Definitions.GetValueOrDefault(language) ?? "";
        var newScopeNote = scopeNote ?? category.ScopeNotes.GetValueOrDefault(language);
        if (newDefinition != (category.Definitions.GetValueOrDefault(language) ?? "")
            || (newScopeNote ?? "") != (category.ScopeNotes.GetValueOrDefault(language) ?? ""))
        {
            events.Add(new CategoryRedefined(draft.Id, CategoryId, language, newDefinition, newScopeNote, by, at, reason));
        }

        return events;
    }
}
