using HarmTaxonomy.Domain.Accounts;
using Marten;

namespace HarmTaxonomy.Web.Features.Administration.ManagingRoles;

/// <summary>The role audit log (projected from the grant and revoke events), newest first.</summary>
public sealed class RoleChangeLog(IDocumentStore store)
{
    public async Task<IReadOnlyList<RoleChange>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var changes = await session.Query<RoleChange>()
            .OrderByDescending(change => change.ChangedAt)
            .Take(Math.Clamp(count, 1, 500))
            .ToListAsync(cancellationToken);
        return changes.ToList();
    }
}
