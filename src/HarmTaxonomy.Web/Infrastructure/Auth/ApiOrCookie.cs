using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace HarmTaxonomy.Web.Infrastructure.Auth;

/// <summary>
/// For the few API endpoints a signed-in person's own browser also calls (a download link on a page, an upload):
/// a request with a bearer token is judged by the token, any other by the sign-in cookie. Refusals are always the
/// API's (401 or 403 with a ProblemDetails, never a redirect to the sign-in page). The cookie is SameSite=Lax, so
/// another site cannot make a browser send it with a POST. Every other API endpoint keeps to tokens.
/// </summary>
public static class ApiOrCookie
{
    public const string Scheme = "api-or-cookie";

    public static AuthenticationBuilder AddApiOrCookie(this AuthenticationBuilder builder) =>
        builder.AddScheme<AuthenticationSchemeOptions, ApiOrCookieHandler>(Scheme, "Access token or sign-in cookie", _ => { });

    /// <summary>Whether the request came with the sign-in cookie (its roles count) rather than a token (its scopes count).</summary>
    public static bool IsSignedIn(ClaimsPrincipal user) =>
        user.Identities.Any(identity => identity.IsAuthenticated && identity.AuthenticationType == IdentityConstants.ApplicationScheme);

    internal static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Hands a request with a bearer token to OpenIddict's validation (which then also words its refusals, such as an
/// expired token) and any other to the sign-in cookie, refusing those with a plain 401 or 403 instead of the cookie's
/// redirects. OpenIddict is not asked to refuse a request it did not authenticate: it would call every refusal 403.
/// </summary>
internal sealed class ApiOrCookieHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string TokenScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    private bool HasBearerToken => ApiOrCookie.HasBearerToken(Request);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Context.AuthenticateAsync(HasBearerToken ? TokenScheme : IdentityConstants.ApplicationScheme);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (HasBearerToken)
        {
            return Context.ChallengeAsync(TokenScheme, properties);
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (HasBearerToken)
        {
            return Context.ForbidAsync(TokenScheme, properties);
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
