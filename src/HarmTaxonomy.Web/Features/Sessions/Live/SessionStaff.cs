using System.Security.Claims;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Who may run a session (phases, seeding, moderation): its facilitators and admins. Who may accept its proposals
/// into the taxonomy: those, and curators. Works for a sign-in cookie (roles) and an access token (the user id in
/// <c>sub</c>, admins by the <c>admin</c> scope, curators by <c>taxonomies.write</c>).
/// </summary>
public static class SessionStaff
{
    public static bool CanRun(SessionRoom room, ClaimsPrincipal user) =>
        (UserIdOf(user) is { } userId && room.IsFacilitator(userId)) || user.IsInRole(Roles.Admin) || user.HasScope(ApiScopes.Admin);

    /// <summary>
    /// A client's token carries scopes, not roles: a curator's tool is known by <c>taxonomies.write</c>, which only
    /// curators' and admins' tokens hold (accepting writes into the taxonomy draft, which is what that scope allows).
    /// </summary>
    public static bool CanAccept(SessionRoom room, ClaimsPrincipal user) =>
        CanRun(room, user) || user.IsInRole(Roles.Curator) || user.HasScope(ApiScopes.TaxonomiesWrite);

    /// <summary>The account's id, from a sign-in cookie or a user's access token (the owner's, for a client's token).</summary>
    public static Guid? UserIdOf(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? user.GetClaim(ApiClientDescriptors.OwnerProperty)
            ?? user.GetClaim(OpenIddictConstants.Claims.Subject);
        return Guid.TryParse(id, out var userId) ? userId : null;
    }
}
