using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.AddingCategories;

/// <summary>Add a category at the end of its parent's children (or of the top level), written in one of the taxonomy's languages.</summary>
public sealed record AddCategory(
    Guid CategoryId,
    string? Language,
    string? Label,
    string? Definition,
    Guid? ParentId,
    IReadOnlyList<string>? Modalities,
    string? ScopeNote = null,
    string? Notation = null,
    string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var language = TaxonomyRules.LanguageOf(draft, Language ?? draft.SourceLanguage);
        var label = TaxonomyRules.Label(Label);
        var definition = TaxonomyRules.LongText(Definition, "definition");
        var scopeNote = TaxonomyRules.OptionalLongText(ScopeNote, "scopeNote");
        var modalities = TaxonomyRules.Modalities(Modalities);
        var parentId = TaxonomyRules.Parent(draft, ParentId);
        if (draft.IsIdTaken(CategoryId))
        {
            throw new TaxonomyRuleException("categoryId", $"A category {CategoryId} already exists.", TaxonomyRuleKind.Conflict);
        }

        var notation = string.IsNullOrWhiteSpace(Notation)
            ? NotationGenerator.Next(draft, parentId)
            : TaxonomyRules.FreeNotation(draft, TaxonomyRules.Notation(Notation));
        return
        [
            new CategoryAdded(
                draft.Id, CategoryId, parentId, draft.NextPosition(parentId), notation, language, label, definition, scopeNote,
                modalities, by, at, TaxonomyRules.Reason(Reason)),
        ];
    }
}
