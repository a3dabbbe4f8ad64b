using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>
/// Move a category and its subtree under another parent (null: the top level), at the end of its new siblings.
/// Moving a category under itself or its own descendant would make a cycle and is refused.
/// </summary>
public sealed record MoveCategory(Guid CategoryId, Guid? ParentId, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var parentId = TaxonomyRules.Parent(draft, ParentId);
        if (parentId is { } target && draft.IsInSubtree(target, CategoryId))
        {
            throw TaxonomyRules.Invalid(
                "parentId",
                target == CategoryId
                    ? $"{category.Notation} cannot be its own parent."
                    : $"{draft.Find(target)!.Notation} is inside {category.Notation}; moving there would make a cycle.");
        }

        return parentId == category.ParentId
            ? []
            : [new CategoryMoved(draft.Id, CategoryId, category.ParentId, parentId, draft.NextPosition(parentId), by, at, TaxonomyRules.Reason(Reason))];
    }
}
