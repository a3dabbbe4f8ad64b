using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Infrastructure.Api;
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

        group.MapCategoryCommand<WriteTextRequest>("PUT", "/labels/{language}", (categoryId, http, request) =>
            new WriteCategoryText(categoryId, Language(http), request.Label, request.Definition, request.ScopeNote, request.Reason));
        group.MapCategoryCommand<ReviseDetailsRequest>("PUT", "/details/{language}", (categoryId, http, request) =>
            new ReviseCategoryDetails(categoryId, Language(http), request.Examples, request.AltLabels, request.SeverityGuidance, request.Reason));
        group.MapCategoryCommand<SetModalitiesRequest>("PUT", "/modalities", (categoryId, _, request) =>
            new SetCategoryModalities(categoryId, request.Modalities, request.Reason));
        group.MapCategoryCommand<RenumberRequest>("PUT", "/notation", (categoryId, _, request) =>
            new RenumberCategory(categoryId, request.Notation, request.Reason));

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

        group.MapCategoryCommand<MoveRequest>("POST", "/move", (categoryId, _, request) =>
            new MoveCategory(categoryId, request.ParentId, request.Reason));

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

        group.MapCategoryCommand<DeprecateRequest>("POST", "/deprecate", (categoryId, _, request) =>
            new DeprecateCategory(categoryId, request.ReplacedBy, request.Reason));

        return group;
    }

    /// <summary>The common shape: one category, one JSON body, one command, answered with the new draft version.</summary>
    private static RouteHandlerBuilder MapCategoryCommand<TBody>(
        this RouteGroupBuilder group, string method, string suffix, Func<Guid, HttpContext, TBody, ITaxonomyCommand> command)
        where TBody : class =>
        group.MapMethods(Category + suffix, [method], (
            string slug, Guid categoryId, JsonBody<TBody> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(http, slug, () => command(categoryId, http, body.Value), outcome => Written(categoryId, outcome.DraftVersion), cancellationToken));

    private static string Language(HttpContext http) => http.Request.RouteValues["language"] as string ?? "";

    private static Ok<CategoryWritten> Written(Guid categoryId, long draftVersion) => TypedResults.Ok(new CategoryWritten(categoryId, draftVersion));
}
