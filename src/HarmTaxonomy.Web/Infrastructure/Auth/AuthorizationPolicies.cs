using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace HarmTaxonomy.Web.Infrastructure.Auth;

/// <summary>
/// Named policies and page roles. Pages use the sign-in cookie and roles; <c>/api/v1</c> uses OpenIddict access tokens and scopes.
/// </summary>
public static class AuthorizationPolicies
{
    /// <summary>
    /// A participant token for the session the request is about: the <c>sessionId</c> route value, the
    /// <c>sessionId</c> argument of a hub method, or the <c>sessionId</c> query value of a hub connection.
    /// </summary>
    public const string SessionParticipant = "SessionParticipant";

    /// <summary>Any valid access token from this server.</summary>
    public const string ApiToken = "api-token";

    /// <summary>
    /// Who may create API clients: the roles that hold scopes worth delegating. Comma-separated, for
    /// <c>[Authorize(Roles = …)]</c> and <c>AuthorizeView Roles</c>, so the access-denied page can name them.
    /// </summary>
    public const string ApiClientOwnerRoles = $"{Roles.Researcher},{Roles.Curator},{Roles.Facilitator},{Roles.Admin}";

    public static string Scope(string scope) => $"scope:{scope}";

    public static IServiceCollection AddHarmTaxonomyAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication().AddApiOrCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiToken, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());

        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(options =>
        {
            foreach (var scope in ApiScopes.All)
            {
                options.AddPolicy(Scope(scope), policy => policy
                    .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => context.User.HasScope(scope)));
            }
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationProblems>();
        return services;
    }
}
