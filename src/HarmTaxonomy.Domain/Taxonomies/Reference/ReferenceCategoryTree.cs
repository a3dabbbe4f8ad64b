namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>Turns the flat, parent-coded category list into a tree, keeping the publisher's order among siblings.</summary>
public static class ReferenceCategoryTree
{
    public static IReadOnlyList<ReferenceCategoryNode> Build(IReadOnlyList<ReferenceCategory> categories)
    {
        var known = categories.Select(category => category.Code).ToHashSet(StringComparer.Ordinal);
        var childrenByParent = categories
            .Where(category => category.ParentCode is not null && known.Contains(category.ParentCode))
            .ToLookup(category => category.ParentCode!, StringComparer.Ordinal);

        // Validation refuses cycles at import, but the tree is also built from stored data: never recurse forever.
        var placed = new HashSet<string>(StringComparer.Ordinal);

        ReferenceCategoryNode ToNode(ReferenceCategory category)
        {
            placed.Add(category.Code);
            var children = childrenByParent[category.Code]
                .Where(child => !placed.Contains(child.Code))
                .Select(ToNode)
                .ToList();
            return new ReferenceCategoryNode(category.Code, category.Name, children);
        }

        return categories
            .Where(category => category.ParentCode is null || !known.Contains(category.ParentCode))
            .Select(ToNode)
            .ToList();
    }
}
