using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Categories;

/// <summary>"Move up" and "move down" as the reorder command the rules take: every sibling named once, in the new order.</summary>
public static class SiblingOrder
{
    /// <returns>The command, or null when the category is already first (up) or last (down).</returns>
    public static ReorderSiblings? Shift(DraftTreeIndex tree, Guid categoryId, int by)
    {
        var parentId = tree.Find(categoryId)?.ParentId;
        var order = tree.ChildrenOf(parentId).Select(node => node.Id).ToList();
        var from = order.IndexOf(categoryId);
        var to = from + by;
        if (from < 0 || to < 0 || to >= order.Count)
        {
            return null;
        }

        (order[from], order[to]) = (order[to], order[from]);
        return new ReorderSiblings(parentId, order);
    }
}
