using HarmTaxonomy.Domain.Taxonomies.Reference;
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
            TypedResults.Ok(await queries.ListAsync(cancellationToken)));

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
        });

        return endpoints;
    }
}
