using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>
/// <c>GET /api/v1/search?q=&amp;lang=&amp;taxonomy=&amp;limit=</c>: categories of published versions whose label,
/// alternative labels, notation or definition contain the query, ignoring case and accents. Public, like everything published.
/// </summary>
public static class SearchEndpoint
{
    public const string Route = "/api/v1/search";

    public static IEndpointRouteBuilder MapCategorySearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, SearchAsync)
            .AllowAnonymous()
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .WithTags("Research")
            .Documented(
                "Search categories of published versions",
                "Finds categories whose label, alternative labels, notation or definition contain `q` (2–200 characters), " +
                "ignoring case and accents, in the language `lang` (a BCP 47 tag such as `es`; any language when absent). " +
                "`taxonomy` keeps one taxonomy (its slug); `limit` is 1–100 (default 20). One hit per category, grouped " +
                "across the versions where it matched, with the texts of the latest of them. Ranked: the label said exactly, " +
                "a label starting with the query, a label containing it, alternative labels and notations, then definitions.")
            .Returns(SearchExamples.Results)
            .Fails(StatusCodes.Status400BadRequest, "q", "Search for 2 to 200 characters: ?q=harassment.")
            .Fails(StatusCodes.Status404NotFound, detail: "No published taxonomy has the slug 'no-such-taxonomy'. Published taxonomies: community-harms-demo.");
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(
        string? q, string? lang, string? taxonomy, string? limit, TaxonomyQueries queries, CategorySearch search, CancellationToken cancellationToken)
    {
        var (query, field, problem) = SearchQuery.Parse(q, lang, taxonomy, limit);
        if (query is null)
        {
            return ResearchProblems.Invalid(field, problem);
        }

        var published = (await queries.ListAsync(cancellationToken)).Where(summary => summary.Versions.Count > 0).ToList();
        var results = await search.SearchAsync(query, published, cancellationToken);
        return results is null ? ResearchProblems.UnknownTaxonomy(query.Taxonomy!, published) : TypedResults.Ok(results);
    }
}

/// <summary>The example the API reference shows for a search.</summary>
public static class SearchExamples
{
    private static readonly Guid CategoryId = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21");

    public static SearchResults Results { get; } = new(
        "acoso",
        "es",
        null,
        1,
        [new SearchHit(
            "community-harms-demo", "Community harms (demo)", CategoryId, "1.2", "Acoso", "es", MatchedIn.Label, "1.1.0", ["1.0.0", "1.1.0"],
            CategoryStatus.Active, SearchHit.UrlOf("community-harms-demo", CategoryId))]);
}
