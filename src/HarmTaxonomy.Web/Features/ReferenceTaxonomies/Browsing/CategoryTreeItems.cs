using HarmTaxonomy.Domain.Taxonomies.Reference;
using MudBlazor;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

/// <summary>
/// Turns the category tree into MudTreeView items. With a filter, only matching categories and their ancestors
/// stay, opened so the matches are visible.
/// </summary>
public static class CategoryTreeItems
{
    public static List<TreeItemData<ReferenceCategoryNode>> From(IReadOnlyList<ReferenceCategoryNode> nodes, string filter)
    {
        var term = filter.Trim();
        return nodes.Select(node => ToItem(node, term)).OfType<TreeItemData<ReferenceCategoryNode>>().ToList();
    }

    public static void SetExpanded(IEnumerable<ITreeItemData<ReferenceCategoryNode>> items, bool expanded)
    {
        foreach (var item in items)
        {
            if (item.Children is { Count: > 0 } children)
            {
                item.Expanded = expanded;
                SetExpanded(children, expanded);
            }
        }
    }

    private static TreeItemData<ReferenceCategoryNode>? ToItem(ReferenceCategoryNode node, string term)
    {
        var children = node.Children.Select(child => ToItem(child, term)).OfType<TreeItemData<ReferenceCategoryNode>>().ToList();
        var filtering = term.Length > 0;
        var matches = !filtering
            || node.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
            || node.Code.Contains(term, StringComparison.OrdinalIgnoreCase);
        if (!matches && children.Count == 0)
        {
            return null;
        }

        return new TreeItemData<ReferenceCategoryNode>
        {
            Value = node,
            Text = $"{node.Code} {node.Name}",
            Children = children.Count > 0 ? children : null,
            Expandable = children.Count > 0,
            Expanded = filtering && children.Count > 0,
        };
    }
}
