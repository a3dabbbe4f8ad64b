using System.Security.Claims;
using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.OAuth;
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
        sessions.MapGet("/{sessionId:guid}/export/polis.zip", ExportAsync).RequireAuthorization(Policy);

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
