namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>A category placed in its hierarchy, for tree views and exports.</summary>
public sealed record ReferenceCategoryNode(string Code, string Name, IReadOnlyList<ReferenceCategoryNode> Children)
{
    public int DescendantCount => Children.Sum(child => 1 + child.DescendantCount);
}
