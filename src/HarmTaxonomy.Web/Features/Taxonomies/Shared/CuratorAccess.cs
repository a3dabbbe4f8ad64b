using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>Curators (and admins) edit taxonomies; every other signed-in person sees the same screens read-only.</summary>
public static class CuratorAccess
{
    public const string EditorRoles = $"{Roles.Curator},{Roles.Admin}";

    public static bool CanEdit(ClaimsPrincipal user) => user.IsInRole(Roles.Curator) || user.IsInRole(Roles.Admin);
}
