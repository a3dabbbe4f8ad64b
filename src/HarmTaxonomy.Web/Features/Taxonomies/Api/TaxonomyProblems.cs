using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// How the taxonomy API says no, always as ProblemDetails: a broken rule names its field (400), an unknown id or
/// version is a 404, a clash a 409, and a stale draft lists what the other writers changed (412 or 409).
/// </summary>
public static class TaxonomyProblems
{
    public static IResult Refused(TaxonomyRuleException refused)
    {
        var field = refused.Field.Length > 0 ? refused.Field : "body";
        var extensions = new Dictionary<string, object?> { ["field"] = field };
        foreach (var (name, value) in refused.Details)
        {
            extensions[name] = value;
        }

        return refused.Kind switch
        {
            TaxonomyRuleKind.NotFound => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: refused.Message, extensions: extensions),
            TaxonomyRuleKind.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Conflicts with the draft", detail: refused.Message, extensions: extensions),
            _ => TypedResults.ValidationProblem(
                refused.FieldErrors.ToDictionary(error => error.Key.Length > 0 ? error.Key : "body", error => new[] { error.Value }),
                detail: refused.Message,
                title: "The request breaks a taxonomy rule",
                extensions: extensions),
        };
    }

    public static IResult UnknownTaxonomy(string slug) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Taxonomy not found",
        detail: $"No taxonomy has the slug '{slug}'. GET {TaxonomyApi.Route} lists them.");

    /// <summary>
    /// The draft moved on since the writer's version. With <c>If-Match</c> that is the precondition failing (412);
    /// without it, a write that lost a race inside the writer (409). Either way the writer sees what changed.
    /// </summary>
    public static IResult Stale(StaleDraftException stale, bool conditional) => TypedResults.Problem(
        statusCode: conditional ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
        title: "The draft has changed",
        detail: conditional
            ? $"You sent If-Match for draft version {stale.ExpectedVersion}, but the draft is at version {stale.CurrentVersion}. Review the changes, then retry with If-Match \"{stale.CurrentVersion}\"."
            : $"Someone else changed the draft while this write was being made; it is now at version {stale.CurrentVersion}. Review the changes and retry.",
        extensions: new Dictionary<string, object?>
        {
            ["expectedVersion"] = stale.ExpectedVersion,
            ["currentVersion"] = stale.CurrentVersion,
            ["changes"] = stale.ChangesSince,
        });

    public static IResult BadIfMatch() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["If-Match"] = ["Send the draft version you last read, as its ETag: If-Match: \"7\"."] },
        detail: "If-Match must name one draft version, such as \"7\" (the ETag of the draft).",
        title: "Unreadable If-Match header");

    public static IResult Missing(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] },
        detail: message,
        title: "The request is incomplete");

    public static IResult NoSuchEndpoint(string path) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such resource",
        detail: $"Nothing answers at '{path}'. Category ids are GUIDs; docs/api.md lists every taxonomy endpoint.");
}
