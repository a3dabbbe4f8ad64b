using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.AspNetCore.Mvc;
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
        var group = endpoints.MapGroup(TaxonomyApi.Route)
            .AllowAnonymous()
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<TaxonomyApiFilter>()
            .WithTags("Published versions");

        group.MapGet("/{slug}/versions", async (string slug, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            TypedResults.Ok((await queries.RequireAsync(slug, cancellationToken)).Versions));

        group.MapMethods("/{slug}/versions/{file}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync);

        endpoints.MapGet(ContextPath, (HttpResponse response) =>
        {
            response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Text(Domain.Exports.Skos.SkosJsonLdContext.Document, "application/ld+json");
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
