using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Changing the draft's categories, one endpoint per domain command under <c>/{slug}/draft</c>: add, write texts per
/// language, details, modalities, notation, reorder, remove, move, merge, split and deprecate.
/// </summary>
public static class CategoryWriteEndpoints
{
    private const string Category = "/{slug}/draft/categories/{categoryId:guid}";

    public static RouteGroupBuilder MapCategoryWrites(this RouteGroupBuilder group)
    {
        group.MapPost("/{slug}/draft/categories", (string slug, JsonBody<AddCategoryRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
        {
            var request = body.Value;
            var categoryId = Guid.CreateVersion7();
            return writer.WriteAsync(
                http,
                slug,
                () => new AddCategory(
                    categoryId, request.Language, request.Label, request.Definition, request.ParentId, request.Modalities,
                    request.ScopeNote, request.Notation, request.Reason),
                outcome => TypedResults.Created(
                    $"{TaxonomyApi.Route}/{slug}/draft/categories/{categoryId}",
                    new CategoryCreated(categoryId, outcome.Events.OfType<CategoryAdded>().Single().Notation, outcome.DraftVersion)),
                cancellationToken);
        });

        group.MapPut(Category + "/labels/{language}", (
            string slug, Guid categoryId, string language, JsonBody<WriteTextRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new WriteCategoryText(categoryId, language, body.Value.Label, body.Value.Definition, body.Value.ScopeNote, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        group.MapPut(Category + "/details/{language}", (
            string slug, Guid categoryId, string language, JsonBody<ReviseDetailsRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new ReviseCategoryDetails(categoryId, language, body.Value.Examples, body.Value.AltLabels, body.Value.SeverityGuidance, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        group.MapPut(Category + "/modalities", (
            string slug, Guid categoryId, JsonBody<SetModalitiesRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new SetCategoryModalities(categoryId, body.Value.Modalities, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        group.MapPut(Category + "/notation", (
            string slug, Guid categoryId, JsonBody<RenumberRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new RenumberCategory(categoryId, body.Value.Notation, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        group.MapPost("/{slug}/draft/reorder", (
            string slug, JsonBody<ReorderRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new ReorderSiblings(body.Value.ParentId, body.Value.OrderedIds, body.Value.Reason),
                outcome => TypedResults.Ok(new SiblingsOrdered(body.Value.ParentId, outcome.DraftVersion)),
                cancellationToken));

        group.MapDelete(Category, (string slug, Guid categoryId, string? reason, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(http, slug, () => new RemoveCategory(categoryId, reason), outcome => Written(categoryId, outcome.DraftVersion), cancellationToken));

        group.MapPost(Category + "/move", (
            string slug, Guid categoryId, JsonBody<MoveRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new MoveCategory(categoryId, body.Value.ParentId, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        group.MapPost(Category + "/merge", (
            string slug, Guid categoryId, JsonBody<MergeRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            body.Value.Into is { } into
                ? writer.WriteAsync(
                    http,
                    slug,
                    () => new MergeCategory(categoryId, into, body.Value.Reason),
                    outcome => Written(categoryId, outcome.DraftVersion),
                    cancellationToken)
                : Task.FromResult(TaxonomyProblems.Missing("into", "Name the category to merge into by its id.")));

        group.MapPost(Category + "/split", (
            string slug, Guid categoryId, JsonBody<SplitRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
        {
            var parts = (body.Value.Into ?? []).Select(part => new SplitInto(Guid.CreateVersion7(), part?.Label, part?.Definition)).ToList();
            return writer.WriteAsync(
                http,
                slug,
                () => new SplitCategory(categoryId, body.Value.Language, parts, body.Value.Reason),
                outcome => TypedResults.Ok(new CategorySplitAnswer(
                    categoryId,
                    [.. outcome.Events.OfType<CategorySplit>().Single().Parts.Select(part => new NewCategory(part.CategoryId, part.Notation, part.Label))],
                    outcome.DraftVersion)),
                cancellationToken);
        });

        group.MapPost(Category + "/deprecate", (
            string slug, Guid categoryId, JsonBody<DeprecateRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new DeprecateCategory(categoryId, body.Value.ReplacedBy, body.Value.Reason),
                outcome => Written(categoryId, outcome.DraftVersion),
                cancellationToken));

        return group;
    }

    private static Ok<CategoryWritten> Written(Guid categoryId, long draftVersion) => TypedResults.Ok(new CategoryWritten(categoryId, draftVersion));
}
