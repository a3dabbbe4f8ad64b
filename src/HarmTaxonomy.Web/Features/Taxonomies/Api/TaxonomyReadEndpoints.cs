using System.Text.Json;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Reading taxonomies and their drafts: <c>GET /</c>, <c>GET /{slug}</c>, <c>GET /{slug}/draft</c> (with the draft
/// version as <c>ETag</c>), <c>GET /{slug}/draft/categories/{id}</c> (with its history) and <c>GET /{slug}/coverage?reference=</c>.
/// </summary>
public static class TaxonomyReadEndpoints
{
    public static RouteGroupBuilder MapTaxonomyReads(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (TaxonomyQueries queries, CancellationToken cancellationToken) =>
            TypedResults.Ok(await queries.ListAsync(cancellationToken)));

        group.MapGet("/{slug}", async (string slug, HttpResponse response, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            IfMatch.SetETag(response, taxonomy.DraftVersion);
            return TypedResults.Ok(taxonomy);
        });

        group.MapGet("/{slug}/draft", async (string slug, HttpResponse response, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            // The summary is read before the categories: if a write lands in between, the ETag is older than the
            // categories and the next If-Match fails safely, instead of vouching for content the client never saw.
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var categories = await queries.CategoriesAsync(taxonomy.Id, cancellationToken);
            IfMatch.SetETag(response, taxonomy.DraftVersion);
            return TypedResults.Ok(new DraftDocument(
                taxonomy.Id, taxonomy.Slug, taxonomy.Title, taxonomy.Description, taxonomy.Licence, taxonomy.Languages,
                taxonomy.LatestVersion, taxonomy.DraftVersion, categories));
        });

        group.MapGet("/{slug}/draft/categories/{categoryId:guid}", async Task<IResult> (
            string slug, Guid categoryId, TaxonomyQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var category = await queries.CategoryAsync(taxonomy.Id, categoryId, cancellationToken);
            if (category is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Category not found",
                    detail: $"No category {categoryId} in the draft of {slug}.");
            }

            var history = await queries.TimelineAsync(taxonomy.Id, categoryId, cancellationToken);
            // The category's own fields with its history beside them, so the shape matches the draft's categories.
            var body = JsonSerializer.SerializeToNode(category, json.Value.SerializerOptions)!.AsObject();
            body["history"] = JsonSerializer.SerializeToNode(history, json.Value.SerializerOptions);
            return TypedResults.Json(body, json.Value.SerializerOptions);
        });

        group.MapGet("/{slug}/coverage", async (string slug, string? reference, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var coverage = CoverageAnswer.From(await queries.CoverageAsync(taxonomy.Id, cancellationToken), taxonomy.DraftVersion);
            // Every seeded reference taxonomy is in the report, hundreds of gap entries in all; ?reference= keeps one.
            return TypedResults.Ok(string.IsNullOrWhiteSpace(reference)
                ? coverage
                : coverage with { References = [.. coverage.References.Where(candidate => candidate.Reference == reference.Trim())] });
        });

        return group;
    }
}
