using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>What every draft write of the taxonomy API shares in its documentation: If-Match, the ETag, and four refusals.</summary>
public static class TaxonomyApiDocumentation
{
    private const string Concurrency =
        " Send the draft version you last read as `If-Match: \"42\"` (optional; without it the write applies to the current " +
        "draft). The answer's `ETag` is the new draft version. Refused with 400 naming the field, 404 for an unknown taxonomy " +
        "or category, 409 when it conflicts with the draft, 412 when the draft moved on since your `If-Match`.";

    public static RouteHandlerBuilder DocumentedWrite(this RouteHandlerBuilder builder, string summary, string description) =>
        builder.Documented(summary, description + Concurrency)
            .Fails(StatusCodes.Status400BadRequest, "label", "A category needs a label in en (at most 200 characters).")
            .Fails(StatusCodes.Status404NotFound, detail: "No category 0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b21 in the draft of community-harms-demo.")
            .Fails(StatusCodes.Status409Conflict, detail: "Harassment already has a mapping to llama-guard-3:S10.")
            .Fails(StatusCodes.Status412PreconditionFailed);
}
