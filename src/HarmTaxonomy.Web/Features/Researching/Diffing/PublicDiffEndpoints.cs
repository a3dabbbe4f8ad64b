using HarmTaxonomy.Domain.Exports.Csv;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Researching.Diffing;

/// <summary>
/// <c>GET /api/v1/taxonomies/{slug}/diff?from=&amp;to=</c> (what changed, with the migration map) and
/// <c>GET /api/v1/taxonomies/{slug}/migration-map.{json|csv}?from=&amp;to=</c> (only the migration map, to relabel
/// data): public between published versions, with a token when one side is the draft.
/// </summary>
public static class PublicDiffEndpoints
{
    public static IEndpointRouteBuilder MapPublicDiffs(this IEndpointRouteBuilder endpoints)
    {
        var group = PublishedVersionRoutes.Group(endpoints);

        group.MapGet("/{slug}/diff", async Task<IResult> (
            string slug, string? from, string? to, HttpContext context, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            if (DiffSides.Malformed(from, to) is { } malformed)
            {
                return malformed;
            }

            if (await DiffSides.RefusedAsync(context, from!.Trim(), to!.Trim()) is { } refused)
            {
                return refused;
            }

            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            return TypedResults.Ok(await queries.DiffAsync(taxonomy, from.Trim(), to.Trim(), cancellationToken));
        })
            .Documented(
                "Compare two versions",
                "What changed from `from` to `to` (version numbers; either may be `draft`, which needs a token with taxonomies.read), grouped by kind, " +
                "with the migration map and the bump the changes require. Public between published versions.")
            .Returns(ResearchExamples.Diff)
            .Fails(StatusCodes.Status400BadRequest, "from", "'1.0' is not a version: use a number such as 1.2.0, or 'draft'.")
            .Fails(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden)
            .Fails(StatusCodes.Status404NotFound, detail: "community-harms-demo has no version '3.0.0'. Versions: 1.0.0, 2.0.0, or 'draft'.");

        group.MapGet("/{slug}/migration-map.{format}", async Task<IResult> (
            string slug, string format, string? from, string? to, HttpContext context, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            if (format is not ("json" or "csv"))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status406NotAcceptable,
                    title: "Format not supported",
                    detail: $"'.{format}' is not a format of a migration map. Supported: json (application/json), csv (text/csv).");
            }

            if (DiffSides.Malformed(from, to) is { } malformed)
            {
                return malformed;
            }

            if (await DiffSides.RefusedAsync(context, from!.Trim(), to!.Trim()) is { } refused)
            {
                return refused;
            }

            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var diff = await queries.DiffAsync(taxonomy, from.Trim(), to.Trim(), cancellationToken);
            var name = $"{taxonomy.Slug}-{diff.From}-to-{diff.To}-migration.{format}";
            return format == "csv"
                ? TypedResults.File(MigrationCsv.Write(diff.Migration), "text/csv; charset=utf-8", name)
                : TypedResults.Json(new MigrationMapDocument(taxonomy.Slug, diff.From, diff.To, diff.Migration));
        })
            .Documented(
                "Download a migration map",
                "`{format}` is json or csv. For each category of `from`, what to use in `to`: `same`, `replaced` (by the active categories that replace it, " +
                "following chains of merges and splits), `deprecated` or `removed`. Public between published versions; `draft` needs a token.")
            .Returns(ResearchExamples.MigrationMap)
            .ReturnsFile("text/csv", ResearchExamples.MigrationCsv)
            .Fails(StatusCodes.Status400BadRequest, "to", "'latest' is not a version: use a number such as 1.2.0, or 'draft'.")
            .Fails(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden)
            .Fails(StatusCodes.Status404NotFound, detail: "community-harms-demo has no version '3.0.0'. Versions: 1.0.0, 2.0.0, or 'draft'.")
            .Fails(StatusCodes.Status406NotAcceptable, detail: "'.xlsx' is not a format of a migration map. Supported: json (application/json), csv (text/csv).");

        return endpoints;
    }
}
