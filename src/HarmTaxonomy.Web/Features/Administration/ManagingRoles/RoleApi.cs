using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
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
                : Results.Ok(await directory.FindAsync(search, cancellationToken)))
            .Documented("Find accounts", "Accounts whose e-mail or display name contains `search` (at most 200 characters), 50 at most.")
            .Returns(RoleApiExamples.Accounts)
            .Fails(StatusCodes.Status400BadRequest, "search", "Search with at most 200 characters.");

        admin.MapGet("/role-changes", async (int? count, RoleChangeLog log, CancellationToken cancellationToken) =>
            Results.Ok(await log.RecentAsync(count ?? 100, cancellationToken)))
            .Documented("Recent role changes", "The latest `count` (default 100) role grants and revocations, newest first, with who made them.")
            .Returns(RoleApiExamples.Changes)
            .Fails(StatusCodes.Status404NotFound, detail: "Nothing answers at this address.");

        admin.MapPut("/users/{userId:guid}/roles/{role}", (Guid userId, string role, HttpContext http, UserManager<AppUser> users, RoleAssignments assignments) =>
            ChangeAsync(userId, role, http, users, user => assignments.GrantAsync(user, role, Actor(http))))
            .Documented("Grant a role", "Gives the account the role (Participant, Researcher, Curator, Facilitator, Admin); `changed` is false when it already had it.")
            .Returns<object>(RoleApiExamples.Changed)
            .Fails(StatusCodes.Status400BadRequest, "role", "Roles: Participant, Researcher, Curator, Facilitator, Admin.")
            .Fails(StatusCodes.Status404NotFound, detail: "No account has the id 0193a0c4-0000-7000-8000-000000000002.")
            .Fails(StatusCodes.Status409Conflict, detail: "The last admin keeps the Admin role.");

        admin.MapDelete("/users/{userId:guid}/roles/{role}", (Guid userId, string role, HttpContext http, UserManager<AppUser> users, RoleAssignments assignments) =>
            ChangeAsync(userId, role, http, users, user => assignments.RevokeAsync(user, role, Actor(http))))
            .Documented("Revoke a role", "Takes the role from the account; `changed` is false when it did not have it. The last admin keeps the Admin role (409).")
            .Returns<object>(RoleApiExamples.Changed)
            .Fails(StatusCodes.Status400BadRequest, "role", "Roles: Participant, Researcher, Curator, Facilitator, Admin.")
            .Fails(StatusCodes.Status404NotFound, detail: "No account has the id 0193a0c4-0000-7000-8000-000000000002.")
            .Fails(StatusCodes.Status409Conflict, detail: "The last admin keeps the Admin role.");

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
