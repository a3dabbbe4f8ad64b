using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>An account as administrators see it.</summary>
public sealed record AccountSummary(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, DateTimeOffset CreatedAt);

/// <summary>Finds accounts and their roles, for the admin page and API.</summary>
public sealed class AccountDirectory(AccountsDbContext accounts, TimeProvider clock)
{
    public const int PageSize = 50;

    public Task<IReadOnlyList<AccountSummary>> FindAsync(string? search, CancellationToken cancellationToken = default)
    {
        var query = accounts.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(user => EF.Functions.ILike(user.Email!, pattern) || EF.Functions.ILike(user.DisplayName, pattern));
        }

        return SummarizeAsync(query.OrderBy(user => user.Email).Take(PageSize), cancellationToken);
    }

    /// <summary>The accounts among the given ids (other values, such as <c>system:</c> actors, are ignored).</summary>
    public Task<IReadOnlyList<AccountSummary>> FindByIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var guids = ids.Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).Where(guid => guid != Guid.Empty).ToList();
        return SummarizeAsync(accounts.Users.AsNoTracking().Where(user => guids.Contains(user.Id)), cancellationToken);
    }

    private async Task<IReadOnlyList<AccountSummary>> SummarizeAsync(IQueryable<AppUser> query, CancellationToken cancellationToken)
    {
        var users = await query.ToListAsync(cancellationToken);
        var ids = users.Select(user => user.Id).ToList();
        var roles = await (
                from userRole in accounts.UserRoles
                join role in accounts.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return users.Select(user => new AccountSummary(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                roles.Where(role => role.UserId == user.Id).Select(role => role.Name!).OrderBy(name => name, StringComparer.Ordinal).ToList(),
                user.LockoutEnd is { } end && end > now,
                user.CreatedAt))
            .ToList();
    }
}
