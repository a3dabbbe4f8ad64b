using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating;

/// <summary>
/// Who reaches the facilitator screens: facilitators run their sessions, admins any session, and curators come to
/// accept proposals into the taxonomy. Only facilitators and admins open new sessions. What a person may do inside
/// one session is <see cref="Live.SessionStaff"/>'s call.
/// </summary>
public static class FacilitatorAccess
{
    public const string ConsoleRoles = $"{Roles.Facilitator},{Roles.Curator},{Roles.Admin}";

    public static bool CanOpenSessions(ClaimsPrincipal user) => user.IsInRole(Roles.Facilitator) || user.IsInRole(Roles.Admin);

    /// <summary>Admins run any session and curators accept proposals from any: both need every session listed, not only their own.</summary>
    public static bool SeesEverySession(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Curator);
}
