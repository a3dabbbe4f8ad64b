using System.Runtime.CompilerServices;
using HarmTaxonomy.Domain.Exports;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// A published version's categories prepared once for the version page: depth-first order, depths, where each
/// subtree ends, and per language the label shown (marked when the source language's stands in) and the lower-case
/// text a search looks in. Expanding, switching language and searching thousands of categories are then loops over
/// arrays, and only the rows asked for become components.
/// </summary>
public sealed class VersionTreeIndex
{
    // Releases come from a shared cache and never change: one index per cached release serves every visitor, and it
    // goes when the release leaves the cache.
    private static readonly ConditionalWeakTable<TaxonomySnapshot, VersionTreeIndex> Built = [];

    private readonly VersionTree tree;
    private readonly IReadOnlyList<VersionCategory> ordered;
    private readonly int[] depths;
    private readonly int[] parents;
    private readonly int[] subtreeEnds;
    private readonly Dictionary<string, LanguageColumn> columns = new(StringComparer.Ordinal);

    public VersionTreeIndex(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        tree = new VersionTree(snapshot);
        ordered = tree.Ordered;
        Languages = snapshot.Languages.Count > 0 ? snapshot.Languages : [snapshot.SourceLanguage];
        depths = new int[ordered.Count];
        parents = new int[ordered.Count];
        subtreeEnds = new int[ordered.Count];
        var indexOf = new Dictionary<Guid, int>(ordered.Count);
        for (var index = 0; index < ordered.Count; index++)
        {
            var category = ordered[index];
            indexOf[category.Id] = index;
            depths[index] = tree.Level(category) - 1;
            parents[index] = tree.Parent(category) is { } parent ? indexOf[parent.Id] : -1;
        }

        // Depth-first order puts a subtree right after its root: it ends where the next category no deeper than the root is.
        var open = new Stack<int>();
        for (var index = 0; index < ordered.Count; index++)
        {
            while (open.Count > 0 && depths[open.Peek()] >= depths[index])
            {
                subtreeEnds[open.Pop()] = index;
            }

            open.Push(index);
        }

        while (open.Count > 0)
        {
            subtreeEnds[open.Pop()] = ordered.Count;
        }

        foreach (var language in Languages)
        {
            columns[language] = new LanguageColumn(tree, ordered, language);
        }
    }

    /// <summary>The index of a release, built on first use and shared while the release stays in memory.</summary>
    public static VersionTreeIndex For(TaxonomySnapshot snapshot) => Built.GetValue(snapshot, built => new VersionTreeIndex(built));

    /// <summary>The version's languages, the source language first.</summary>
    public IReadOnlyList<string> Languages { get; }

    public string SourceLanguage => tree.SourceLanguage;

    public int Count => ordered.Count;

    /// <summary>Top-level categories and the children of expanded ones, depth first, at most <paramref name="limit"/> rows.</summary>
    public VersionTreeView Visible(IReadOnlySet<Guid> expanded, string language, int limit)
    {
        ArgumentNullException.ThrowIfNull(expanded);
        var column = Column(language);
        var rows = new List<VersionTreeRow>();
        var available = 0;
        var index = 0;
        while (index < ordered.Count)
        {
            var opens = HasChildren(index);
            var isExpanded = opens && expanded.Contains(ordered[index].Id);
            available++;
            if (rows.Count < limit)
            {
                rows.Add(Row(index, column, isExpanded, match: false));
            }

            index = isExpanded ? index + 1 : subtreeEnds[index];
        }

        return new VersionTreeView(rows, available, null);
    }

    /// <summary>
    /// Categories whose notation, label or definition in <paramref name="language"/> contains <paramref name="text"/>
    /// (ignoring case): the first <paramref name="limit"/> in tree order, each with its ancestors so it is seen in place.
    /// </summary>
    public VersionTreeView Search(string text, string language, int limit)
    {
        var wanted = text.Trim().ToLowerInvariant();
        var column = Column(language);
        var shown = new bool[ordered.Count];
        var matched = new bool[ordered.Count];
        var total = 0;
        var kept = 0;
        for (var index = 0; index < ordered.Count; index++)
        {
            if (!column.SearchText[index].Contains(wanted, StringComparison.Ordinal))
            {
                continue;
            }

            total++;
            if (kept < limit)
            {
                kept++;
                matched[index] = true;
                for (var at = index; at >= 0 && !shown[at]; at = parents[at])
                {
                    shown[at] = true;
                }
            }
        }

        var rows = new List<VersionTreeRow>();
        for (var index = 0; index < ordered.Count; index++)
        {
            if (shown[index])
            {
                rows.Add(Row(index, column, expanded: true, matched[index]));
            }
        }

        return new VersionTreeView(rows, rows.Count + (total - kept), total);
    }

    /// <summary>Every category with children: what "expand all" opens when the tree is small enough to draw whole.</summary>
    public IReadOnlySet<Guid> Parents() =>
        Enumerable.Range(0, ordered.Count).Where(HasChildren).Select(index => ordered[index].Id).ToHashSet();

    private bool HasChildren(int index) => subtreeEnds[index] > index + 1;

    private LanguageColumn Column(string language) =>
        columns.TryGetValue(language, out var column) ? column : columns[Languages[0]];

    private VersionTreeRow Row(int index, LanguageColumn column, bool expanded, bool match)
    {
        var category = ordered[index];
        return new VersionTreeRow(
            category, depths[index], HasChildren(index), expanded, match, column.Labels[index], column.Fallback[index], tree.Replacements(category));
    }

    /// <summary>The labels and search texts of every category in one language, computed once.</summary>
    private sealed class LanguageColumn
    {
        public LanguageColumn(VersionTree tree, IReadOnlyList<VersionCategory> ordered, string language)
        {
            Labels = new string[ordered.Count];
            Fallback = new bool[ordered.Count];
            SearchText = new string[ordered.Count];
            for (var index = 0; index < ordered.Count; index++)
            {
                var category = ordered[index];
                Labels[index] = tree.Label(category, language);
                Fallback[index] = !category.Labels.ContainsKey(language);
                var definition = tree.Text(category.Definitions, language) ?? "";
                SearchText[index] = $"{category.Notation}\n{Labels[index]}\n{definition}".ToLowerInvariant();
            }
        }

        public string[] Labels { get; }

        public bool[] Fallback { get; }

        public string[] SearchText { get; }
    }
}
