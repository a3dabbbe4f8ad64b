using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Crosswalks: <c>POST /{slug}/draft/categories/{id}/mappings</c> maps a category to a seeded reference taxonomy's
/// category or to a concept URI; <c>DELETE …/mappings?target=</c> removes one (<c>reference:code</c> or the URI).
/// </summary>
public static class MappingEndpoints
{
    private const string Mappings = "/{slug}/draft/categories/{categoryId:guid}/mappings";

    public static RouteGroupBuilder MapMappingWrites(this RouteGroupBuilder group)
    {
        group.MapPost(Mappings, (
            string slug,
            Guid categoryId,
            JsonBody<MapRequest> body,
            HttpContext http,
            DraftApiWriter writer,
            TaxonomyQueries queries,
            ReferenceTaxonomyQueries references,
            CancellationToken cancellationToken) =>
        {
            var request = body.Value;
            return writer.WriteAsync(
                http,
                slug,
                async _ =>
                {
                    var (reference, code) = await CanonicalReferenceAsync(request, queries, references, cancellationToken);
                    return new MapCategory(categoryId, request.Relation, reference, code, request.Uri, request.Note, request.Reason);
                },
                outcome => Task.FromResult<IResult>(outcome.Events.OfType<CategoryMapped>().SingleOrDefault() is { } mapped
                    ? TypedResults.Created($"{TaxonomyApi.Route}/{slug}/draft/categories/{categoryId}", new MappingWritten(categoryId, mapped.Mapping, outcome.DraftVersion))
                    // The very same mapping was already there: nothing new was created.
                    : TypedResults.Ok(new CategoryWritten(categoryId, outcome.DraftVersion))),
                cancellationToken);
        })
            .DocumentedWrite("Map a category", "Maps the category to a reference taxonomy's category (`reference` and `code`, as GET /api/v1/reference-taxonomies lists them) or to any concept by `uri`, with a SKOS relation: exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch. 201 with the stored mapping; 200 when the same mapping was already there.")
            .Accepts(TaxonomyApiExamples.MapRequest)
            .Returns(TaxonomyApiExamples.Mapped, StatusCodes.Status201Created)
            .Returns(TaxonomyApiExamples.Written);

        group.MapDelete(Mappings, (string slug, Guid categoryId, string? target, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(target)
                ? Task.FromResult(TaxonomyProblems.Missing("target", "Name the mapping to remove: ?target=llama-guard-3:S10 or ?target=<the URI>."))
                : writer.WriteAsync(
                    http,
                    slug,
                    () => new RemoveMapping(categoryId, target),
                    outcome => TypedResults.Ok(new CategoryWritten(categoryId, outcome.DraftVersion)),
                    cancellationToken))
            .DocumentedWrite("Remove a mapping", "`?target=` names the mapping: `llama-guard-3:S10` for a reference category, or the concept's URI.")
            .Returns(TaxonomyApiExamples.Written);

        return group;
    }

    /// <summary>
    /// The reference category must be one of the seeded reference taxonomies'; its code is stored as the publisher
    /// writes it (s10 becomes S10) so crosswalks and coverage compare equal. Anything incomplete is left to the domain.
    /// </summary>
    private static async Task<(string? Reference, string? Code)> CanonicalReferenceAsync(
        MapRequest request, TaxonomyQueries queries, ReferenceTaxonomyQueries references, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reference) || string.IsNullOrWhiteSpace(request.Code))
        {
            return (request.Reference, request.Code);
        }

        var reference = request.Reference.Trim();
        var code = request.Code.Trim();
        if (await queries.FindReferenceCategoryAsync(reference, code, cancellationToken) is { } match)
        {
            return (match.Reference, match.Code);
        }

        throw await references.FindAsync(reference, cancellationToken) is null
            ? TaxonomyRules.Invalid("reference", $"No reference taxonomy '{reference}'. GET /api/v1/reference-taxonomies lists them.")
            : TaxonomyRules.Invalid("code", $"{reference} has no category '{code}'. GET /api/v1/reference-taxonomies/{reference} lists its codes.");
    }
}
