using HarmTaxonomy.Domain.Exports.Csv;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.AspNetCore.Mvc;

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
        var group = endpoints.MapGroup(TaxonomyApi.Route)
            .AllowAnonymous()
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<TaxonomyApiFilter>()
            .WithTags("Published versions");

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
        });

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
        });

        return endpoints;
    }
}
