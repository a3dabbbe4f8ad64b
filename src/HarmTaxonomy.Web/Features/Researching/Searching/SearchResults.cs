using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>What <c>GET /api/v1/search</c> answers: the best hits first, at most <c>limit</c> of <see cref="Total"/>.</summary>
public sealed record SearchResults(string Query, string? Language, string? Taxonomy, int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// One category that matched, grouped across the published versions where it matched. The texts are those of
/// <see cref="LatestVersion"/> (the latest of <see cref="Versions"/>); <see cref="Url"/> is its public page.
/// </summary>
public sealed record SearchHit(
    string Taxonomy,
    string Title,
    Guid CategoryId,
    string Notation,
    string Label,
    string Language,
    string MatchedIn,
    string LatestVersion,
    IReadOnlyList<string> Versions,
    CategoryStatus Status,
    string Url)
{
    public static string UrlOf(string slug, Guid categoryId) => $"/taxonomies/{slug}/categories/{categoryId}";
}
