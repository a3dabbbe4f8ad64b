using HarmTaxonomy.Web.Features.Sessions.Live;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/analysis</c> (scope <c>sessions.read</c>): the latest stored analysis, or 202 with
/// <c>Retry-After</c> while the first one is computed (asking for it starts the computation).
/// </summary>
public static class SessionAnalysisEndpoint
{
    public const int RetryAfterSeconds = 1;

    public static async Task<IResult> GetAsync(Guid sessionId, HttpContext http, SessionRooms rooms, SessionAnalyses analyses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var room = await rooms.GetAsync(sessionId, cancellationToken);
        if (room is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"There is no session {sessionId}.");
        }

        if (await analyses.GetAsync(sessionId, cancellationToken) is not { } stored)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Accepted(http.Request.Path.Value, new AnalysisPendingResponse("computing", RetryAfterSeconds));
        }

        var externalIds = room.Read(ExternalIds.Of);
        return TypedResults.Ok(AnalysisResponse.From(stored, externalIds.Participant, externalIds.Item));
    }
}
