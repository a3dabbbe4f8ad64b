using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Infrastructure.Auth;

/// <summary>The person behind the sign-in cookie, as pages need them: id and roles.</summary>
public sealed record SignedInAccount(Guid Id, IReadOnlyList<string> Roles)
{
    public bool IsAdmin => Roles.Contains(Identity.Roles.Admin);

    public static SignedInAccount? From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? new SignedInAccount(id, [.. principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value)])
            : null;
}
