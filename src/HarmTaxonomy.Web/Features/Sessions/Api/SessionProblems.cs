using HarmTaxonomy.Domain.Sessions;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary>Session refusals as ProblemDetails: 400 with <c>errors</c> per field, 403, 404 or 409 with the reason.</summary>
public static class SessionProblems
{
    public static IResult Refused(SessionRuleException refused) => refused.Kind switch
    {
        SessionRuleKind.Invalid => TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [refused.Field.Length == 0 ? "session" : refused.Field] = [refused.Message] },
            title: "The request was refused",
            detail: refused.Message),
        SessionRuleKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: refused.Message),
        SessionRuleKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: refused.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: refused.Message),
    };

    public static IResult NotStaff() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Not a facilitator of this session",
        detail: "Only the session's facilitators and admins may do this (and curators may accept proposals).");

    public static IResult NotRecorded(string message) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not recorded", detail: message);
}
