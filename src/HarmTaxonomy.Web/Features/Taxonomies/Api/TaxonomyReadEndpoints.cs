using System.Text.Json;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
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
            TypedResults.Ok(await queries.ListAsync(cancellationToken)))
            .Documented("List taxonomies", "Every taxonomy with its facts, its releases and its draft version, ordered by title.")
            .Returns(TaxonomyApiExamples.List)
            .Fails(StatusCodes.Status404NotFound, detail: "Nothing answers at '/api/v1/taxonomies/x/y'. Category ids are GUIDs; docs/api.md lists every taxonomy endpoint.");

        group.MapGet("/{slug}", async (string slug, HttpResponse response, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            IfMatch.SetETag(response, taxonomy.DraftVersion);
            return TypedResults.Ok(taxonomy);
        })
            .Documented("Read a taxonomy", "Its facts, languages, acceptance rule and releases. The `ETag` is the draft version, to send back as `If-Match` on writes.")
            .Returns(TaxonomyApiExamples.Summary)
            .Fails(StatusCodes.Status404NotFound);

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
        })
            .Documented("Read the whole draft", "The taxonomy's facts and every category of the draft in tree order (parents first) with all its texts and mappings. The `ETag` is the draft version.")
            .Returns(TaxonomyApiExamples.Draft)
            .Fails(StatusCodes.Status404NotFound);

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
        })
            .Documented("Read a draft category with its history", "The category's fields as in the draft, with `history`: every change to it, who made it, when and why.")
            .Returns<object>(TaxonomyApiExamples.CategoryWithHistory)
            .Fails(StatusCodes.Status404NotFound, detail: "No category 0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21 in the draft of community-harms-demo.");

        group.MapGet("/{slug}/coverage", async (string slug, string? reference, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var coverage = CoverageAnswer.From(await queries.CoverageAsync(taxonomy.Id, cancellationToken), taxonomy.DraftVersion);
            // Every seeded reference taxonomy is in the report, hundreds of gap entries in all; ?reference= keeps one.
            return TypedResults.Ok(string.IsNullOrWhiteSpace(reference)
                ? coverage
                : coverage with { References = [.. coverage.References.Where(candidate => candidate.Reference == reference.Trim())] });
        })
            .Documented("Translation and crosswalk coverage of the draft", "Per language, how many active categories have a label, a definition and a scope note; per reference taxonomy, how much of it our mappings cover and its gaps. Computed in the background: `computed` is false until the first run. `?reference=` keeps one reference taxonomy.")
            .Returns(TaxonomyApiExamples.Coverage)
            .Fails(StatusCodes.Status404NotFound);

        return group;
    }
}
