using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>Add a category with its examples in one step, as a session proposes it: the category, then its details.</summary>
public sealed record AddProposedCategory(
    Guid CategoryId,
    string? Language,
    string? Label,
    string? Definition,
    Guid? ParentId,
    IReadOnlyList<string>? Modalities,
    IReadOnlyList<string>? Examples,
    string? Reason) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var added = new AddCategory(CategoryId, Language, Label, Definition, ParentId, Modalities, Reason: Reason).Decide(draft, by, at);
        var examples = TaxonomyRules.TextList(Examples, "examples", TaxonomyRules.MaxExamples, TaxonomyRules.MaxExample);
        if (examples.Count == 0)
        {
            return added;
        }

        var category = (CategoryAdded)added[0];
        return [.. added, new CategoryDetailsRevised(draft.Id, CategoryId, category.Language, examples, [], null, by, at, category.Reason)];
    }
}
