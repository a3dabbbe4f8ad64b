using System.Text.RegularExpressions;
using HarmTaxonomy.Web.Features.Researching.Browsing;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.Web.Features.Researching.Dereferencing;

/// <summary>
/// Makes the SKOS concept URIs (<c>/taxonomies/{slug}/categories/{id}</c>) dereferenceable as linked data: a client
/// that prefers Turtle or JSON-LD to HTML gets <c>303 See Other</c> to that format of the latest release holding the
/// concept (the document that describes it), the usual answer for slash URIs. Browsers, which prefer HTML, get the page.
/// </summary>
public sealed partial class ConceptNegotiation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CategoryReader categories)
    {
        if (HttpMethods.IsGet(context.Request.Method)
            && ConceptPath().Match(context.Request.Path.Value ?? "") is { Success: true } concept
            && PreferredRdf(context.Request.Headers.Accept) is { } extension
            && Guid.TryParse(concept.Groups["id"].Value, out var categoryId))
        {
            var slug = Uri.UnescapeDataString(concept.Groups["slug"].Value);
            var taxonomy = await categories.TaxonomyAsync(slug, context.RequestAborted);
            var found = taxonomy is null ? null : await categories.ReadAsync(taxonomy, categoryId, null, context.RequestAborted);
            if (found is not null)
            {
                context.Response.Headers.Vary = HeaderNames.Accept;
                context.Response.Headers.Location = VersionFileSet.UrlOf(found.Release.Slug, found.Release.Version, extension);
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                return;
            }
        }

        await next(context);
    }

    /// <summary>The RDF format the client prefers to HTML (by quality, then order), or null when HTML is as welcome.</summary>
    public static string? PreferredRdf(IList<string>? accept)
    {
        if (accept is null || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        double Quality(string mediaType) => ranges
            .Where(range => range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(range => range.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var html = Math.Max(Quality("text/html"), Quality("application/xhtml+xml"));
        var turtle = Quality("text/turtle");
        var jsonLd = Quality("application/ld+json");
        if (Math.Max(turtle, jsonLd) <= html)
        {
            return null;
        }

        return turtle >= jsonLd ? "ttl" : "jsonld";
    }

    [GeneratedRegex("^/taxonomies/(?<slug>[^/]+)/categories/(?<id>[0-9a-fA-F-]{36})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConceptPath();
}
