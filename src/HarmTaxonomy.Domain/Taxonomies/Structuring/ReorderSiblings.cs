using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>Put the children of one parent (null: the top level) in a new order; the list must name each child exactly once.</summary>
public sealed record ReorderSiblings(Guid? ParentId, IReadOnlyList<Guid>? OrderedIds, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        if (ParentId is { } parentId)
        {
            TaxonomyRules.Category(draft, parentId, "parentId");
        }

        var current = draft.ChildrenOf(ParentId).Select(child => child.Id).ToList();
        var wanted = OrderedIds ?? [];
        if (wanted.Count != current.Count || wanted.Distinct().Count() != wanted.Count || !wanted.All(current.Contains))
        {
            throw TaxonomyRules.Invalid("orderedIds", "List every child of this parent exactly once, in the new order.");
        }

        var unchanged = wanted.SequenceEqual(current) && draft.ChildrenOf(ParentId).Select((child, index) => child.Position == index).All(same => same);
        return unchanged ? [] : [new SiblingsReordered(draft.Id, ParentId, [.. wanted], by, at, TaxonomyRules.Reason(Reason))];
    }
}
