using System.Security.Claims;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>Who is acting, from a sign-in cookie (pages) or an access token (API), as recorded in taxonomy events.</summary>
public static class ActorOf
{
    public static Actor Account(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown",
        user.FindFirstValue(AppClaimTypes.DisplayName) ?? user.Identity?.Name ?? "unknown");

    /// <summary>A user's token acts as the user; a client-credentials token acts as the client on behalf of its owner.</summary>
    public static Actor Token(ClaimsPrincipal user)
    {
        var subject = user.GetClaim(Claims.Subject) ?? "unknown";
        var owner = user.GetClaim(ApiClientDescriptors.OwnerProperty);
        return owner is null
            ? new Actor(subject, user.GetClaim(Claims.Name) ?? subject)
            : new Actor(owner, $"{user.GetClaim(Claims.Name) ?? subject} (API client)");
    }
}
