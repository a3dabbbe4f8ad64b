using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;

/// <summary>
/// <c>GET /api/v1/reference-taxonomies</c> (the catalogue) and <c>GET /api/v1/reference-taxonomies/{slug}</c>
/// (one scheme with its categories). Reference data is public: no token needed.
/// </summary>
public static class ReferenceTaxonomyApi
{
    public const string Route = "/api/v1/reference-taxonomies";

    public static IEndpointRouteBuilder MapReferenceTaxonomyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Reference taxonomies").AllowAnonymous().WithMetadata(new SkipStatusCodePagesAttribute());

        group.MapGet("/", async (ReferenceTaxonomyQueries queries, CancellationToken cancellationToken) =>
            TypedResults.Ok(await queries.ListAsync(cancellationToken)))
            .Documented("List reference taxonomies", "The published harm taxonomies ours can be mapped to and crosswalked against: slug, name, publisher, version, category count and licence. Public.")
            .Returns(ReferenceTaxonomyExamples.List)
            .Fails(StatusCodes.Status404NotFound, detail: "Nothing answers at this address.");

        group.MapGet("/{slug}", async Task<IResult> (string slug, ReferenceTaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            if (slug.Length > 60)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid slug",
                    detail: "A taxonomy slug has at most 60 characters.");
            }

            var taxonomy = await queries.FindAsync(slug, cancellationToken);
            return taxonomy is null
                ? TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Reference taxonomy not found",
                    detail: $"No reference taxonomy has the slug '{slug}'. GET {Route} lists them.")
                : TypedResults.Ok(ReferenceTaxonomyDocument.From(taxonomy));
        })
            .Documented("Read a reference taxonomy", "One reference taxonomy with its source, licence and categories in the publisher's order. Public.")
            .Returns(ReferenceTaxonomyExamples.Document)
            .Fails(StatusCodes.Status400BadRequest, "slug", "A taxonomy slug has at most 60 characters.")
            .Fails(StatusCodes.Status404NotFound, detail: "No reference taxonomy has the slug 'no-such-reference'. GET /api/v1/reference-taxonomies lists them.");

        return endpoints;
    }
}
