using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.Shared;

/// <summary>How a signed-in person is named on screen: their display name, never their email if it can be helped.</summary>
public static class DisplayName
{
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimTypes.DisplayName) is { Length: > 0 } displayName
            ? displayName
            : user.Identity?.Name ?? "";
}
