using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Categories;

/// <summary>
/// Where a category may be moved: under any active category except itself, its own descendants (a cycle) and its
/// current parent (no change). Offering only these keeps people from trying moves the rules would refuse.
/// </summary>
public static class MoveTargets
{
    public static IReadOnlyList<DraftTreeNode> For(DraftTreeIndex tree, Guid categoryId)
    {
        var currentParent = tree.Find(categoryId)?.ParentId;
        return [.. tree.Nodes.Where(node =>
            node.Status == CategoryStatus.Active
            && node.Id != currentParent
            && !tree.IsInSubtree(node.Id, categoryId))];
    }
}
