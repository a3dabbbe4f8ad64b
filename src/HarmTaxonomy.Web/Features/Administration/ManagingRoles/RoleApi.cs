using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>
/// Administration over the API (scope <c>admin</c>): <c>GET /api/v1/admin/users?search=</c>,
/// <c>GET /api/v1/admin/role-changes</c>, <c>PUT</c> and <c>DELETE /api/v1/admin/users/{userId}/roles/{role}</c>.
/// </summary>
public static class RoleApi
{
    public const string Route = "/api/v1/admin";

    public static IEndpointRouteBuilder MapRoleApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup(Route).RequireAuthorization(AuthorizationPolicies.Scope(ApiScopes.Admin)).WithTags("Administration")
            // API callers get ProblemDetails; the browser's status-code pages would re-run a refused write as a page.
            .WithMetadata(new SkipStatusCodePagesAttribute());

        admin.MapGet("/users", async (string? search, AccountDirectory directory, CancellationToken cancellationToken) =>
            search is { Length: > 200 }
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Search too long", detail: "Search with at most 200 characters.")
                : Results.Ok(await directory.FindAsync(search, cancellationToken)));

        admin.MapGet("/role-changes", async (int? count, RoleChangeLog log, CancellationToken cancellationToken) =>
            Results.Ok(await log.RecentAsync(count ?? 100, cancellationToken)));

        admin.MapPut("/users/{userId:guid}/roles/{role}", (Guid userId, string role, HttpContext http, UserManager<AppUser> users, RoleAssignments assignments) =>
            ChangeAsync(userId, role, http, users, user => assignments.GrantAsync(user, role, Actor(http))));

        admin.MapDelete("/users/{userId:guid}/roles/{role}", (Guid userId, string role, HttpContext http, UserManager<AppUser> users, RoleAssignments assignments) =>
            ChangeAsync(userId, role, http, users, user => assignments.RevokeAsync(user, role, Actor(http))));

        return endpoints;
    }

    private static string Actor(HttpContext http) =>
        http.User.GetClaim(ApiClientDescriptors.OwnerProperty) ?? $"client:{http.User.GetClaim(Claims.Subject)}";

    private static async Task<IResult> ChangeAsync(
        Guid userId, string role, HttpContext http, UserManager<AppUser> users, Func<AppUser, Task<RoleChangeResult>> change)
    {
        if (!Roles.IsKnown(role))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown role", detail: $"Roles: {string.Join(", ", Roles.All)}.");
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found", detail: $"No account has the id {userId}.");
        }

        var result = await change(user);
        return result.Error is { } error
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Role not changed", detail: error)
            : Results.Ok(new { userId, role, changed = result.Changed, roles = await users.GetRolesAsync(user) });
    }
}
