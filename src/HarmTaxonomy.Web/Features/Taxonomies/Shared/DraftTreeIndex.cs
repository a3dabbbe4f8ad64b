using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// The draft tree's shape, built once per load so that thousands of categories cost one pass: children per parent,
/// depths and ancestors. The tree, the panel's structure buttons and every curation dialog and preview read it.
/// </summary>
public sealed class DraftTreeIndex
{
    /// <summary>Above this many categories, expanding everything would render too much: only the first levels open.</summary>
    public const int FullExpansionLimit = 500;

    /// <summary>How many levels "expand all" opens in a large tree.</summary>
    public const int CappedExpansionDepth = 2;

    private static readonly IReadOnlyList<DraftTreeNode> NoChildren = [];

    private readonly Dictionary<Guid, DraftTreeNode> byId;
    private readonly Dictionary<Guid, int> depths;
    private readonly Dictionary<Guid, List<DraftTreeNode>> childrenOf = [];
    private readonly List<DraftTreeNode> roots = [];

    /// <param name="nodes">In tree order (parents first, siblings by position), as <see cref="TaxonomyQueries.TreeAsync"/> gives them.</param>
    public DraftTreeIndex(IReadOnlyList<DraftTreeNode> nodes)
    {
        Nodes = nodes;
        byId = nodes.ToDictionary(node => node.Id);
        depths = new Dictionary<Guid, int>(nodes.Count);
        foreach (var node in nodes)
        {
            // A parent missing from the list (never expected) makes its child a root, as TreeOrder does.
            if (node.ParentId is { } parentId && byId.ContainsKey(parentId))
            {
                if (!childrenOf.TryGetValue(parentId, out var siblings))
                {
                    childrenOf[parentId] = siblings = [];
                }

                siblings.Add(node);
                depths[node.Id] = depths.GetValueOrDefault(parentId) + 1;
            }
            else
            {
                roots.Add(node);
                depths[node.Id] = 0;
            }
        }
    }

    public static DraftTreeIndex Empty { get; } = new([]);

    public IReadOnlyList<DraftTreeNode> Nodes { get; }

    public int Count => Nodes.Count;

    public IEnumerable<DraftTreeNode> Active => Nodes.Where(node => node.Status == CategoryStatus.Active);

    /// <summary>"HT-2 Hate": how every preview and dialog names a category.</summary>
    public static string Name(DraftTreeNode node, string language) => $"{node.Notation} {node.LabelIn(language)}";

    public DraftTreeNode? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The children of <paramref name="parentId"/> (null: the top level) in their order.</summary>
    public IReadOnlyList<DraftTreeNode> ChildrenOf(Guid? parentId) =>
        parentId is { } id ? childrenOf.TryGetValue(id, out var children) ? children : NoChildren : roots;

    public bool HasChildren(Guid id) => childrenOf.ContainsKey(id);

    public int DepthOf(Guid id) => depths.GetValueOrDefault(id);

    /// <summary>The parent, grandparent and so on, nearest first.</summary>
    public IEnumerable<Guid> AncestorsOf(Guid id)
    {
        var seen = new HashSet<Guid> { id };
        for (var parent = Find(id)?.ParentId; parent is { } parentId && byId.ContainsKey(parentId) && seen.Add(parentId); parent = byId[parentId].ParentId)
        {
            yield return parentId;
        }
    }

    /// <summary>True when <paramref name="candidate"/> is <paramref name="root"/> or lies below it.</summary>
    public bool IsInSubtree(Guid candidate, Guid root) => candidate == root || AncestorsOf(candidate).Contains(root);

    /// <summary>The rows to draw: top-level categories and the children of expanded ones only, depth first.</summary>
    public IReadOnlyList<DraftTreeRow> VisibleRows(IReadOnlySet<Guid> expanded)
    {
        var rows = new List<DraftTreeRow>();
        var pending = new Stack<DraftTreeNode>();
        PushReversed(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var hasChildren = HasChildren(node.Id);
            var isExpanded = hasChildren && expanded.Contains(node.Id);
            rows.Add(new DraftTreeRow(node, DepthOf(node.Id), hasChildren, isExpanded, Match: false));
            if (isExpanded)
            {
                PushReversed(childrenOf[node.Id]);
            }
        }

        return rows;

        void PushReversed(List<DraftTreeNode> nodes)
        {
            for (var index = nodes.Count - 1; index >= 0; index--)
            {
                pending.Push(nodes[index]);
            }
        }
    }

    /// <summary>
    /// Categories whose notation or label (in <paramref name="language"/>) contains <paramref name="text"/>, ignoring
    /// case: the first <paramref name="limit"/> in tree order, each with its ancestors so it is seen in place.
    /// </summary>
    public DraftTreeSearch Search(string text, string language, int limit)
    {
        var wanted = text.Trim();
        var matches = new HashSet<Guid>();
        var total = 0;
        foreach (var node in Nodes)
        {
            if (node.Notation.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                || node.LabelIn(language).Contains(wanted, StringComparison.OrdinalIgnoreCase))
            {
                total++;
                if (matches.Count < limit)
                {
                    matches.Add(node.Id);
                }
            }
        }

        var shown = new HashSet<Guid>(matches);
        foreach (var match in matches)
        {
            shown.UnionWith(AncestorsOf(match));
        }

        var rows = Nodes
            .Where(node => shown.Contains(node.Id))
            .Select(node => new DraftTreeRow(node, DepthOf(node.Id), HasChildren(node.Id), Expanded: true, Match: matches.Contains(node.Id)))
            .ToList();
        return new DraftTreeSearch(rows, total, matches.Count);
    }

    /// <summary>
    /// What "expand all" opens: every category with children in a tree of up to <see cref="FullExpansionLimit"/>
    /// categories, otherwise only those in the first <see cref="CappedExpansionDepth"/> levels.
    /// </summary>
    public IReadOnlySet<Guid> ExpandAll()
    {
        var capped = Count > FullExpansionLimit;
        return childrenOf.Keys.Where(id => !capped || DepthOf(id) < CappedExpansionDepth).ToHashSet();
    }

    public bool ExpandAllIsCapped => Count > FullExpansionLimit;
}
