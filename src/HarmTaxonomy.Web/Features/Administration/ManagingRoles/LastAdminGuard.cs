using HarmTaxonomy.Web.Infrastructure.Database;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>
/// The instance always keeps an administrator. Taking an admin away (revoking the role, deleting the account) holds a
/// PostgreSQL advisory lock from the count to the change, so two admins removing each other at once cannot both win.
/// </summary>
public sealed class LastAdminGuard(UserManager<AppUser> users, DatabaseConnection database)
{
    // Any fixed 64-bit number works; this one only guards the admin count.
    private const long LockKey = 0x4854_4C41_5354_4144;

    /// <summary>Holds the lock while <paramref name="admin"/> is removed; null when they are the last admin.</summary>
    public async Task<IAsyncDisposable?> TryReserveRemovalAsync(AppUser admin, CancellationToken cancellationToken)
    {
        var turn = await PostgresAdvisoryLock.AcquireAsync(database.ConnectionString, LockKey, cancellationToken);
        var others = (await users.GetUsersInRoleAsync(Roles.Admin)).Count(user => user.Id != admin.Id);
        if (others > 0)
        {
            return turn;
        }

        await turn.DisposeAsync();
        return null;
    }
}
