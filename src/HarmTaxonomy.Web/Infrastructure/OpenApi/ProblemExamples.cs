using System.Text.Json.Nodes;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// The ProblemDetails body the reference shows for each refusal: the same shape and wording the API answers with
/// (see <c>TaxonomyProblems</c>, <c>SessionProblems</c> and <c>ApiAuthorizationProblems</c>), so the examples teach
/// what a client has to handle.
/// </summary>
public static class ProblemExamples
{
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is incomplete",
        StatusCodes.Status401Unauthorized => "An access token is needed",
        StatusCodes.Status403Forbidden => "The token may not do this",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status406NotAcceptable => "No such format",
        StatusCodes.Status409Conflict => "Conflicts with the current state",
        StatusCodes.Status412PreconditionFailed => "The draft has changed",
        StatusCodes.Status413PayloadTooLarge => "The upload is too large",
        StatusCodes.Status415UnsupportedMediaType => "The body must be JSON",
        StatusCodes.Status503ServiceUnavailable => "Not recorded, try again",
        _ => "The request was refused",
    };

    public static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "A field is missing or out of range; errors names it.",
        StatusCodes.Status401Unauthorized => "Send a token from /connect/token as Authorization: Bearer <token>; docs/api.md shows how.",
        StatusCodes.Status403Forbidden => "The token is valid but lacks the scope this request needs; docs/api.md lists the scope of each endpoint.",
        StatusCodes.Status404NotFound => "No taxonomy has the slug 'no-such-taxonomy'. GET /api/v1/taxonomies lists them.",
        StatusCodes.Status406NotAcceptable => "Ask for one of the supported formats: json, csv, ttl, jsonld, md, txt, zip.",
        StatusCodes.Status409Conflict => "Someone else changed this while the request was being made; read it again and retry.",
        StatusCodes.Status412PreconditionFailed => "You sent If-Match for draft version 6, but the draft is at version 7. Review the changes, then retry with If-Match \"7\".",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        StatusCodes.Status503ServiceUnavailable => "The vote was not recorded; send it again with the same clientVoteId.",
        _ => "The request was refused.",
    };

    /// <summary>The example body for <paramref name="problem"/>; a 400 always carries <c>errors</c> for one field.</summary>
    public static JsonObject For(ProblemExample problem)
    {
        var detail = problem.Detail ?? Detail(problem.Status);
        var body = new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-{Section(problem.Status)}",
            ["title"] = Title(problem.Status),
            ["status"] = problem.Status,
            ["detail"] = detail,
        };
        if (problem.Status == StatusCodes.Status400BadRequest)
        {
            body["errors"] = new JsonObject { [problem.Field ?? "body"] = new JsonArray(detail) };
        }

        return body;
    }

    private static string Section(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "15.5.1",
        StatusCodes.Status401Unauthorized => "15.5.2",
        StatusCodes.Status403Forbidden => "15.5.4",
        StatusCodes.Status404NotFound => "15.5.5",
        StatusCodes.Status406NotAcceptable => "15.5.7",
        StatusCodes.Status409Conflict => "15.5.10",
        StatusCodes.Status412PreconditionFailed => "15.5.13",
        StatusCodes.Status413PayloadTooLarge => "15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "15.5.16",
        StatusCodes.Status503ServiceUnavailable => "15.6.4",
        _ => "15",
    };
}
