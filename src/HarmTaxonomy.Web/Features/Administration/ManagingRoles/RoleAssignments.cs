using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>The outcome of a grant or revocation: done, or why not (for a message next to the control).</summary>
public sealed record RoleChangeResult(bool Changed, string? Error = null)
{
    public static RoleChangeResult Done { get; } = new(true);

    public static RoleChangeResult Unchanged { get; } = new(false);

    public static RoleChangeResult Refused(string error) => new(false, error);
}

/// <summary>
/// Grants and revokes roles. Identity holds the current roles; every change is also recorded as an event
/// (<see cref="UserRoleGranted"/>, <see cref="UserRoleRevoked"/>) on the account's stream, which is the audit trail.
/// </summary>
public sealed class RoleAssignments(
    UserManager<AppUser> users, IDocumentStore store, TimeProvider clock, IStringLocalizer<AppStrings> text, LastAdminGuard lastAdmin)
{
    public async Task<RoleChangeResult> GrantAsync(AppUser user, string role, string actor, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsKnown(role))
        {
            return RoleChangeResult.Refused(text["Roles.Error.Unknown", role, string.Join(", ", Roles.All)]);
        }

        if (await users.IsInRoleAsync(user, role))
        {
            return RoleChangeResult.Unchanged;
        }

        var result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return RoleChangeResult.Refused(string.Join(" ", result.Errors.Select(error => error.Description)));
        }

        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(user.Id, new UserRoleGranted(user.Id, role, actor, clock.GetUtcNow()), cancellationToken);
        return RoleChangeResult.Done;
    }

    public async Task<RoleChangeResult> RevokeAsync(AppUser user, string role, string actor, CancellationToken cancellationToken = default)
    {
        if (!await users.IsInRoleAsync(user, role))
        {
            return RoleChangeResult.Unchanged;
        }

        await using var adminSeat = role == Roles.Admin ? await lastAdmin.TryReserveRemovalAsync(user, cancellationToken) : null;
        if (role == Roles.Admin && adminSeat is null)
        {
            return RoleChangeResult.Refused(text["Roles.Error.LastAdmin"]);
        }

        var result = await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return RoleChangeResult.Refused(string.Join(" ", result.Errors.Select(error => error.Description)));
        }

        // Open pages and cookies still carry the old roles: a new stamp makes the revalidation sign them out.
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(user.Id, new UserRoleRevoked(user.Id, role, actor, clock.GetUtcNow()), cancellationToken);
        return RoleChangeResult.Done;
    }

    private async Task RecordAsync(Guid userId, object change, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(userId, change);
        await session.SaveChangesAsync(cancellationToken);
    }
}
