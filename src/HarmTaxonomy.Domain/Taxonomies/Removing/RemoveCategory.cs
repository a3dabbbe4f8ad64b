using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Removing;

/// <summary>
/// Take a category out of the draft, for mistakes. It must have no children, replace nothing and have no replacements; once it has been
/// published, removing it is a breaking change (deprecating is the gentler choice).
/// </summary>
public sealed record RemoveCategory(Guid CategoryId, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        if (draft.ChildrenOf(CategoryId).Count > 0)
        {
            throw new TaxonomyRuleException("categoryId", $"{category.Notation} has children; move or remove them first.", TaxonomyRuleKind.Conflict);
        }

        if (category.Deprecation is { ReplacedBy.Count: > 0 })
        {
            // Its replacements are how datasets labelled with it are relabelled; removing it would lose that path.
            throw new TaxonomyRuleException("categoryId", $"{category.Notation} has replacements; it stays (deprecated) so labels using it can be migrated.", TaxonomyRuleKind.Conflict);
        }

        var replaced = draft.Categories.FirstOrDefault(other => other.Deprecation?.ReplacedBy.Contains(CategoryId) == true);
        return replaced is not null
            ? throw new TaxonomyRuleException("categoryId", $"{category.Notation} replaces {replaced.Notation}; it cannot be removed.", TaxonomyRuleKind.Conflict)
            : [new CategoryRemoved(draft.Id, CategoryId, category.IsActive, by, at, TaxonomyRules.Reason(Reason))];
    }
}
