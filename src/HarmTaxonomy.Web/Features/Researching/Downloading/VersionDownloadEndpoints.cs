using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// <c>GET /api/v1/taxonomies/{slug}/versions/{version}.{ext}</c> (and the URL without an extension, by <c>Accept</c>):
/// a published version in any format, public, served from the stored files with a strong ETag (the file's SHA-256),
/// cacheable for a year and answered 304 on <c>If-None-Match</c>. Also the version list and the JSON-LD context.
/// </summary>
public static class VersionDownloadEndpoints
{
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    public const string ContextPath = "/schemas/taxonomy-version.context.jsonld";

    public static IEndpointRouteBuilder MapVersionDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = PublishedVersionRoutes.Group(endpoints);

        group.MapGet("/{slug}/versions", async (string slug, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            TypedResults.Ok((await queries.RequireAsync(slug, cancellationToken)).Versions))
            .Documented("List published versions", "Every release of the taxonomy, oldest first: number, bump, date, who published it, the SHA-256 of its canonical JSON, its size and changelog. Public.")
            .Returns(ResearchExamples.Versions)
            .Fails(StatusCodes.Status404NotFound, detail: "No taxonomy has the slug 'unknown'. GET /api/v1/taxonomies lists them.");

        group.MapMethods("/{slug}/versions/{file}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync)
            .Documented(
                "Download a published version",
                "`{file}` is `{version}.{ext}` with `ext` one of json, csv, ttl (SKOS Turtle), jsonld (SKOS JSON-LD), md, txt (policy text) or zip (the bundle), " +
                "or just `{version}` to choose by `Accept` (JSON by default). Public. The files are generated once at publication; the strong `ETag` is the file's SHA-256 " +
                "(for JSON, the version's hash), `Cache-Control: public, max-age=31536000, immutable`, and `If-None-Match` gives 304.")
            .ReturnsFile("application/json", "{\"$schema\":\"/schemas/taxonomy-version.json\",\"slug\":\"community-harms-demo\",\"version\":\"1.0.0\",…}")
            .ReturnsFile("text/csv", ResearchExamples.Csv)
            .ReturnsFile("text/turtle", ResearchExamples.Turtle)
            .ReturnsFile("application/ld+json", SkosJsonLdContext.Document)
            .ReturnsFile("text/markdown", "# Community harms (demo), version 1.0.0\n…")
            .ReturnsFile("text/plain", "Rule 1.1: Harassment\n…")
            .ReturnsFile("application/zip")
            .ReturnsNothing(StatusCodes.Status304NotModified)
            .Fails(StatusCodes.Status404NotFound, detail: "community-harms-demo has no published version '9.9.9'. Versions: 1.0.0, 1.1.0.")
            .Fails(StatusCodes.Status406NotAcceptable, detail: $"'.xlsx' is not a format of a version. Supported: {VersionFormats.Supported}.");

        endpoints.MapGet(ContextPath, (HttpResponse response) =>
        {
            response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Text(SkosJsonLdContext.Document, "application/ld+json");
        }).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        string slug, string file, HttpContext context, TaxonomyQueries queries, VersionFiles files, CancellationToken cancellationToken)
    {
        var request = VersionFileRequest.Parse(file);
        var format = request.Extension is { } extension
            ? VersionFormats.ByExtension(extension)
            : ContentNegotiation.Choose(context.Request.Headers.Accept);

        // Files in memory prove the version exists: a repeated download is answered without touching the database.
        var set = files.Cached(slug, request.Version);
        if (set is null)
        {
            var taxonomy = await queries.RequireAsync(slug, cancellationToken);
            var versions = taxonomy.Versions.Select(version => version.Version).ToList();
            if (!versions.Contains(request.Version))
            {
                return VersionProblems.UnknownVersion(taxonomy.Slug, request.Version, versions);
            }

            if (format is null)
            {
                return VersionProblems.NotAcceptable(request.Extension);
            }

            set = await files.GetAsync(taxonomy.Slug, request.Version, cancellationToken)
                ?? throw new InvalidOperationException($"{taxonomy.Slug} {request.Version} is listed but has no version document.");
        }

        if (format is null || set.Find(format.Extension) is not { } found)
        {
            return VersionProblems.NotAcceptable(request.Extension);
        }

        var headers = context.Response.Headers;
        headers.CacheControl = ImmutableCaching;
        if (request.Extension is null)
        {
            // One URL, several representations: caches must key on what was asked for.
            headers.Vary = HeaderNames.Accept;
        }

        // FileContentHttpResult answers If-None-Match with 304 and HEAD without a body.
        return TypedResults.File(
            found.Content,
            VersionFormats.ContentType(format),
            fileDownloadName: request.Extension is null ? null : found.FileName,
            entityTag: new EntityTagHeaderValue($"\"{found.Sha256}\""));
    }
}
