using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>
/// Builds the principal kept in the sign-in cookie: Identity's claims and one role claim per role (from the base
/// class), plus the display name, so the layout can greet the person without a database query per render.
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
