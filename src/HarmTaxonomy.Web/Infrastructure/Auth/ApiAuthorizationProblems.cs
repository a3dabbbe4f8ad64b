using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Metadata;

namespace HarmTaxonomy.Web.Infrastructure.Auth;

/// <summary>
/// API endpoints that opt out of the browser's status-code pages would otherwise refuse a missing or
/// insufficient token with an empty body; this gives them a ProblemDetails beside the <c>WWW-Authenticate</c>
/// header, like every other refusal of the API.
/// </summary>
public sealed class ApiAuthorizationProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await standard.HandleAsync(next, context, policy, authorizeResult);
        if (!(authorizeResult.Challenged || authorizeResult.Forbidden)
            || context.Response.HasStarted
            || context.GetEndpoint()?.Metadata.GetMetadata<ISkipStatusCodePagesMetadata>() is null)
        {
            return;
        }

        var (title, detail) = context.Response.StatusCode == StatusCodes.Status401Unauthorized
            ? ("An access token is needed", "Send a token from /connect/token as Authorization: Bearer <token>; docs/api.md shows how.")
            : ("The token may not do this", "The token is valid but lacks the scope this request needs; docs/api.md lists the scope of each endpoint.");
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
