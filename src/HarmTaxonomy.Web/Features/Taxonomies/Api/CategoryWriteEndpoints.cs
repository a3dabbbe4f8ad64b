using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
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
        })
            .DocumentedWrite("Add a category", "Adds a category under `parentId` (or at the top level), written in `language` (default: the source language). Without a notation the next free one is generated. Answers 201 with its id and notation.")
            .Accepts(TaxonomyApiExamples.AddRequest)
            .Returns(TaxonomyApiExamples.Created, StatusCodes.Status201Created);

        group.MapCategoryCommand<WriteTextRequest>("PUT", "/labels/{language}", (categoryId, http, request) =>
            new WriteCategoryText(categoryId, Language(http), request.Label, request.Definition, request.ScopeNote, request.Reason))
            .DocumentedWrite("Write a category's texts in a language", "Label, definition and scope note in `{language}`; a null definition or scope note stays as it is, an empty one is cleared.")
            .Accepts(TaxonomyApiExamples.TextRequest)
            .Returns(TaxonomyApiExamples.Written);
        group.MapCategoryCommand<ReviseDetailsRequest>("PUT", "/details/{language}", (categoryId, http, request) =>
            new ReviseCategoryDetails(categoryId, Language(http), request.Examples, request.AltLabels, request.SeverityGuidance, request.Reason))
            .DocumentedWrite("Revise a category's details in a language", "Replaces the examples, alternative labels and severity guidance in `{language}`.")
            .Accepts(TaxonomyApiExamples.DetailsOfCategoryRequest)
            .Returns(TaxonomyApiExamples.Written);
        group.MapCategoryCommand<SetModalitiesRequest>("PUT", "/modalities", (categoryId, _, request) =>
            new SetCategoryModalities(categoryId, request.Modalities, request.Reason))
            .DocumentedWrite("Set a category's modalities", "The media the harm appears in: text, image, audio, video…")
            .Accepts(TaxonomyApiExamples.ModalitiesRequest)
            .Returns(TaxonomyApiExamples.Written);
        group.MapCategoryCommand<RenumberRequest>("PUT", "/notation", (categoryId, _, request) =>
            new RenumberCategory(categoryId, request.Notation, request.Reason))
            .DocumentedWrite("Renumber a category", "Gives the category another notation, unique in the taxonomy.")
            .Accepts(TaxonomyApiExamples.RenumberRequest)
            .Returns(TaxonomyApiExamples.Written);

        group.MapPost("/{slug}/draft/reorder", (
            string slug, JsonBody<ReorderRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new ReorderSiblings(body.Value.ParentId, body.Value.OrderedIds, body.Value.Reason),
                outcome => TypedResults.Ok(new SiblingsOrdered(body.Value.ParentId, outcome.DraftVersion)),
                cancellationToken))
            .DocumentedWrite("Reorder siblings", "`orderedIds` lists every child of `parentId` (null: the top level) in the new order.")
            .Accepts(TaxonomyApiExamples.ReorderRequest)
            .Returns(TaxonomyApiExamples.Ordered);

        group.MapDelete(Category, (string slug, Guid categoryId, string? reason, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(http, slug, () => new RemoveCategory(categoryId, reason), outcome => Written(categoryId, outcome.DraftVersion), cancellationToken))
            .DocumentedWrite("Remove a category", "Removes a category that was never published (a published one is deprecated instead); `?reason=` is kept in its history.")
            .Returns(TaxonomyApiExamples.Written);

        group.MapCategoryCommand<MoveRequest>("POST", "/move", (categoryId, _, request) =>
            new MoveCategory(categoryId, request.ParentId, request.Reason))
            .DocumentedWrite("Move a category", "Moves the category, with its children, under `parentId` (null: the top level).")
            .Accepts(TaxonomyApiExamples.MoveRequest)
            .Returns(TaxonomyApiExamples.Written);

        group.MapPost(Category + "/merge", (
            string slug, Guid categoryId, JsonBody<MergeRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            body.Value.Into is { } into
                ? writer.WriteAsync(
                    http,
                    slug,
                    () => new MergeCategory(categoryId, into, body.Value.Reason),
                    outcome => Written(categoryId, outcome.DraftVersion),
                    cancellationToken)
                : Task.FromResult(TaxonomyProblems.Missing("into", "Name the category to merge into by its id.")))
            .DocumentedWrite("Merge a category into another", "The category is deprecated as merged into `into`, which takes its children and mappings.")
            .Accepts(TaxonomyApiExamples.MergeRequest)
            .Returns(TaxonomyApiExamples.Written);

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
        })
            .DocumentedWrite("Split a category", "Replaces the category with two or more new ones written in `language`; the first takes its children. Answers the new categories.")
            .Accepts(TaxonomyApiExamples.SplitRequest)
            .Returns(TaxonomyApiExamples.Split);

        group.MapCategoryCommand<DeprecateRequest>("POST", "/deprecate", (categoryId, _, request) =>
            new DeprecateCategory(categoryId, request.ReplacedBy, request.Reason))
            .DocumentedWrite("Deprecate a category", "Keeps the category in the scheme, marked deprecated, optionally replaced by other categories.")
            .Accepts(TaxonomyApiExamples.DeprecateRequest)
            .Returns(TaxonomyApiExamples.Written);

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
