using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.Security;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>
/// The OAuth endpoints OpenIddict passes through to the app: <c>/connect/authorize</c>, <c>/connect/token</c> and
/// <c>/connect/endsession</c>. OpenIddict has already validated the request (client, secret, PKCE, redirect URI,
/// permissions) when these run; they decide who the token is for and which scopes it carries.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous by design: the caller authenticates with OAuth (client secret, code, refresh token) or is sent to sign in.
        endpoints.MapMethods(OpenIddictSetup.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], Authorizing.AuthorizeAsync).AllowAnonymous();
        endpoints.MapPost(OpenIddictSetup.TokenPath, IssuingTokens.IssueAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Token);
        endpoints.MapMethods(OpenIddictSetup.EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndingSessions.EndAsync).AllowAnonymous();
        return endpoints;
    }
}
