using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.OAuth;

/// <summary>
/// A person's token identity, built from their account as it is now: a role revoked since the last token means
/// the scopes it gave are gone from the next one.
/// </summary>
internal static class UserTokenIdentity
{
    private static readonly string[] OpenIdScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    public static async Task<ClaimsPrincipal> CreateAsync(AppUser user, UserManager<AppUser> users, IEnumerable<string> requestedScopes)
    {
        var roles = await users.GetRolesAsync(user);
        var held = ApiScopes.HeldBy(roles);
        var identity = TokenClaims.NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. roles]);
        var scopes = requestedScopes.Where(scope => held.Contains(scope) || OpenIdScopes.Contains(scope));
        return TokenClaims.Finish(identity, scopes);
    }
}
