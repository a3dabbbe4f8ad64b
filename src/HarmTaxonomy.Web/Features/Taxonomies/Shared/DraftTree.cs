using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// The questions a preview asks of the draft tree (who are the children, is this inside that subtree), answered from
/// the light tree nodes the dialogs already loaded rather than from the write model.
/// </summary>
public sealed class DraftTree
{
    private readonly Dictionary<Guid, DraftTreeNode> byId;

    /// <param name="nodes">The tree in tree order, as <see cref="TaxonomyQueries.TreeAsync"/> returns it.</param>
    public DraftTree(IReadOnlyList<DraftTreeNode> nodes)
    {
        Nodes = nodes;
        byId = nodes.ToDictionary(node => node.Id);
    }

    public IReadOnlyList<DraftTreeNode> Nodes { get; }

    public IEnumerable<DraftTreeNode> Active => Nodes.Where(node => node.Status == Domain.Taxonomies.Drafting.CategoryStatus.Active);

    public DraftTreeNode? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>Direct children by position, deprecated ones included (a merge or split moves them all).</summary>
    public IReadOnlyList<DraftTreeNode> ChildrenOf(Guid? parentId) =>
        [.. Nodes.Where(node => node.ParentId == parentId).OrderBy(node => node.Position).ThenBy(node => node.Notation, StringComparer.Ordinal)];

    /// <summary>True when <paramref name="candidate"/> is <paramref name="root"/> or lies anywhere below it.</summary>
    public bool IsInSubtree(Guid candidate, Guid root)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } id && seen.Add(id); current = Find(id)?.ParentId)
        {
            if (id == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"HT-2 Hate": how every preview names a category.</summary>
    public static string Name(DraftTreeNode node, string language) => $"{node.Notation} {node.LabelIn(language)}";
}
