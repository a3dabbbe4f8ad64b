using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;

/// <summary>One line of the drawn tree: the category, how deep it sits, and whether it opens (or matched a search).</summary>
public sealed record DraftTreeRow(DraftTreeNode Node, int Depth, bool HasChildren, bool Expanded, bool Match);
