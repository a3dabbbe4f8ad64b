using System.Security.Claims;
using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Features.Sessions.ExportingToPolis;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/export/polis.zip</c> (docs/polis.md): the session as a Polis export. A token needs
/// <c>sessions.read</c>, as for the results; a signed-in person's browser (the console's download button) may fetch it
/// when they run the session, curate or administer.
/// </summary>
public static class PolisExportEndpoint
{
    public const string Policy = "polis-export";

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiOrCookie.Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(ApiScopes.SessionsRead) || ApiOrCookie.IsSignedIn(context.User)));

    public static RouteHandlerBuilder MapPolisExport(this IEndpointRouteBuilder sessions) =>
        sessions.MapGet("/{sessionId:guid}/export/polis.zip", ExportAsync).RequireAuthorization(Policy)
            .NeedsScopes(ApiScopes.SessionsRead)
            .Documented("Export a session as a Polis export", "A zip of summary.csv, comments.csv, votes.csv, participant-votes.csv and comment-groups.csv with pseudonymous ids only (docs/polis.md). A signed-in facilitator, curator or admin may also download it from the console.")
            .ReturnsFile("application/zip")
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");

    private static async Task<IResult> ExportAsync(Guid sessionId, HttpContext http, ClaimsPrincipal user, PolisExports exports, CancellationToken cancellationToken)
    {
        if (await exports.ReadAsync(sessionId, cancellationToken) is not { } source)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"No session has the id {sessionId}.");
        }

        if (!user.HasScope(ApiScopes.SessionsRead) && !SessionStaff.CanAccept(source.Room, user))
        {
            return SessionProblems.NotStaff();
        }

        var zip = PolisExports.Zip(source, $"{http.Request.Scheme}://{http.Request.Host}");
        return TypedResults.File(zip, "application/zip", $"polis-export-{source.Room.JoinCode}.zip");
    }
}
