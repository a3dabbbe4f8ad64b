using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.Web.Features.Researching.Crosswalking;

/// <summary>
/// <c>GET /api/v1/taxonomies/{slug}/versions/{version}/crosswalk/{reference}</c> (JSON, or CSV with
/// <c>Accept: text/csv</c>) and the same URL ending in <c>.csv</c>: a published version against a reference taxonomy.
/// Public. These routes are more specific than the taxonomy API's token-protected catch-all, so they answer first.
/// </summary>
public static class CrosswalkEndpoint
{
    public const string Route = "/api/v1/taxonomies/{slug}/versions/{version}/crosswalk/{reference}";

    private const string Description =
        "Each reference category (in the publisher's order) with the active categories of the version mapped to it and " +
        "their SKOS relation, the active categories mapped to nothing in that reference, and the share of the reference " +
        "covered. `reference` is a reference taxonomy's slug (GET /api/v1/reference-taxonomies lists them); `lang` " +
        "chooses the language of our labels (the taxonomy's first language by default).";

    public static IEndpointRouteBuilder MapCrosswalk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpRequest request, string slug, string version, string reference, string? lang, TaxonomyQueries taxonomies, ReferenceTaxonomyQueries references, CancellationToken cancellationToken) =>
                AnswerAsync(slug, version, reference, lang, WantsCsv(request), taxonomies, references, cancellationToken))
            .Public()
            .Documented("Crosswalk a version against a reference taxonomy", Description + " Send `Accept: text/csv` for the CSV form.")
            .Returns(CrosswalkExamples.Json)
            .ReturnsFile(CrosswalkCsv.MediaType, CrosswalkExamples.Csv)
            .Fails(StatusCodes.Status404NotFound, detail: "No reference taxonomy has the slug 'no-such-reference'. Reference taxonomies: air-2024, llama-guard-3, nist-ai-600-1.");

        endpoints.MapGet(Route + ".csv", (string slug, string version, string reference, string? lang, TaxonomyQueries taxonomies, ReferenceTaxonomyQueries references, CancellationToken cancellationToken) =>
                AnswerAsync(slug, version, reference, lang, csv: true, taxonomies, references, cancellationToken))
            .Public()
            .Documented("Crosswalk as CSV", Description + " RFC 4180, UTF-8: one row per pair of reference category and category of ours; gaps and unmapped categories have the other side's columns empty.")
            .ReturnsFile(CrosswalkCsv.MediaType, CrosswalkExamples.Csv)
            .Fails(StatusCodes.Status404NotFound, detail: "community-harms-demo has no published version '9.9.9'. Versions: 1.0.0, 1.1.0.");
        return endpoints;
    }

    private static RouteHandlerBuilder Public(this RouteHandlerBuilder builder) =>
        builder.AllowAnonymous().WithMetadata(new SkipStatusCodePagesAttribute()).WithTags("Research");

    private static async Task<IResult> AnswerAsync(
        string slug, string version, string reference, string? lang, bool csv, TaxonomyQueries taxonomies, ReferenceTaxonomyQueries references, CancellationToken cancellationToken)
    {
        var published = (await taxonomies.ListAsync(cancellationToken)).Where(summary => summary.Versions.Count > 0).ToList();
        var taxonomy = published.FirstOrDefault(summary => summary.Slug == slug);
        if (taxonomy is null)
        {
            return ResearchProblems.UnknownTaxonomy(slug, published);
        }

        var release = taxonomy.Versions.Any(candidate => candidate.Version == version)
            ? await taxonomies.VersionAsync(slug, version, cancellationToken)
            : null;
        if (release is null)
        {
            return ResearchProblems.UnknownVersion(taxonomy, version);
        }

        var target = await references.FindAsync(reference, cancellationToken);
        if (target is null)
        {
            var known = await references.ListAsync(cancellationToken);
            return ResearchProblems.UnknownReference(reference, known.Select(candidate => candidate.Slug));
        }

        var crosswalk = Crosswalk.Build(release, target, string.IsNullOrWhiteSpace(lang) ? null : lang.Trim());
        return csv
            ? TypedResults.File(CrosswalkCsv.Write(crosswalk), $"{CrosswalkCsv.MediaType}; charset=utf-8; header=present", $"{slug}-{version}-crosswalk-{reference}.csv")
            : TypedResults.Ok(crosswalk);
    }

    /// <summary>CSV when the caller prefers it to JSON (by order and quality); JSON otherwise.</summary>
    private static bool WantsCsv(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().Accept
            .OrderByDescending(accept => accept.Quality ?? 1)
            .FirstOrDefault(accept => accept.MediaType.Equals(CrosswalkCsv.MediaType, StringComparison.OrdinalIgnoreCase)
                || accept.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return preferred?.MediaType.Equals(CrosswalkCsv.MediaType, StringComparison.OrdinalIgnoreCase) == true;
    }
}

/// <summary>The examples the API reference shows for a crosswalk.</summary>
public static class CrosswalkExamples
{
    private static readonly Guid Harassment = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21");
    private static readonly Guid Scams = Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b22");

    public static Crosswalk Json { get; } = new(
        "community-harms-demo",
        "1.1.0",
        new CrosswalkReference("llama-guard-3", "Llama Guard 3", "3", "Meta", "Llama 3.1 Community License", "https://huggingface.co/meta-llama/Llama-Guard-3-8B"),
        [
            new CrosswalkRow("S1", "Violent Crimes", []),
            new CrosswalkRow("S10", "Hate", [new CrosswalkMatch(Harassment, "1.2", "Harassment", MappingRelation.BroadMatch)]),
        ],
        [new CrosswalkCategory(Scams, "2.1", "Scams")],
        new CrosswalkCoverage(2, 1, 0.5));

    public const string Csv =
        "referenceCode,referenceName,relation,categoryId,notation,label\r\n" +
        "S1,Violent Crimes,,,,\r\n" +
        "S10,Hate,broadMatch,0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21,1.2,Harassment\r\n" +
        ",,,0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b22,2.1,Scams\r\n";
}
