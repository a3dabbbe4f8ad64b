using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Versions;

/// <summary>What a "compare" picker offers: the releases, newest first, then the draft.</summary>
public static class VersionChoices
{
    public static IReadOnlyList<string> For(TaxonomySummary taxonomy) =>
        [.. taxonomy.Versions.Select(version => version.Version).Reverse(), TaxonomyQueries.Draft];

    /// <summary>The diff page's address for comparing two choices.</summary>
    public static string DiffUrl(string slug, string from, string to) =>
        $"/curation/{Uri.EscapeDataString(slug)}/diff?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";
}
