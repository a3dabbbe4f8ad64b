namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;

/// <summary>A search's rows (matches and their ancestors), how many categories matched, and how many of those are shown.</summary>
public sealed record DraftTreeSearch(IReadOnlyList<DraftTreeRow> Rows, int MatchCount, int ShownCount)
{
    public bool IsCapped => ShownCount < MatchCount;
}
