namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// The rows to draw now, and how many there would have been: the tree never draws more than a bounded number of
/// rows, so a version of thousands of categories stays quick; <see cref="MatchCount"/> is set while searching.
/// </summary>
public sealed record VersionTreeView(IReadOnlyList<VersionTreeRow> Rows, int Available, int? MatchCount)
{
    public bool IsCapped => Rows.Count < Available;

    public bool Searching => MatchCount is not null;
}
