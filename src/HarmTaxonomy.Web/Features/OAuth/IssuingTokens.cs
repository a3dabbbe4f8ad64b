using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>
/// <c>POST /connect/token</c>: client credentials for tools, and code / refresh-token exchanges for apps acting for
/// a person. A client created by a person never gets more than that person's roles allow today.
/// </summary>
internal static class IssuingTokens
{
    public static async Task<IResult> IssueAsync(
        HttpContext http,
        IOpenIddictApplicationManager applications,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            return await ForClientAsync(request, applications, users);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (user is null || !await signIn.CanSignInAsync(user))
            {
                return OAuthErrors.Forbid(Errors.InvalidGrant, "The account behind this grant no longer exists or cannot sign in.");
            }

            var principal = await UserTokenIdentity.CreateAsync(user, users, granted.Principal!.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return OAuthErrors.Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> ForClientAsync(OpenIddictRequest request, IOpenIddictApplicationManager applications, UserManager<AppUser> users)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated a client that does not exist.");

        var allowed = new List<string>();
        foreach (var scope in ApiScopes.All)
        {
            if (await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope))
            {
                allowed.Add(scope);
            }
        }

        var owner = await OwnerAsync(applications, application, users);
        if (owner is { } ownerAccount)
        {
            if (ownerAccount.User is null)
            {
                return OAuthErrors.Forbid(Errors.InvalidClient, "The account that created this client no longer exists.");
            }

            var held = ApiScopes.HeldBy(await users.GetRolesAsync(ownerAccount.User));
            allowed.RemoveAll(scope => !held.Contains(scope));
        }

        // No scope asked for: everything the client may have, which is what automation usually wants.
        var requested = request.GetScopes();
        var scopes = requested.IsEmpty ? allowed : requested.Where(allowed.Contains).ToList();

        var identity = TokenClaims.NewIdentity();
        identity.SetClaim(Claims.Subject, request.ClientId)
            .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
        if (owner?.User is { } ownerUser)
        {
            identity.SetClaim(ApiClientDescriptors.OwnerProperty, ownerUser.Id.ToString());
        }

        return Results.SignIn(TokenClaims.Finish(identity, scopes), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private sealed record Owner(AppUser? User);

    private static async Task<Owner?> OwnerAsync(IOpenIddictApplicationManager applications, object application, UserManager<AppUser> users) =>
        await ApiClientOwnership.OwnerOfAsync(applications, application) is { } owner
            ? new Owner(await users.FindByIdAsync(owner.ToString()))
            : null;
}
