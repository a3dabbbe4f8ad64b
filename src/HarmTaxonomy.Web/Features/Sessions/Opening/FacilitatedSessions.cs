using HarmTaxonomy.Domain.Sessions.ReadModels;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Opening;

/// <summary>
/// The sessions a person facilitates, newest first, and (for admins and curators, who act on any session) the
/// others. Each call opens its own short query session: a page holds no Marten session for its lifetime.
/// </summary>
public static class FacilitatedSessions
{
    /// <summary>Enough for any list a person reads; older sessions stay reachable through the API.</summary>
    public const int MostShown = 200;

    public static async Task<SessionLists> ListAsync(IDocumentStore store, Guid? userId, bool everyone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var query = store.QuerySession();
        var mine = userId is { } me
            ? await query.Query<SessionSummary>().Where(summary => summary.Facilitators.Contains(me))
                .OrderByDescending(summary => summary.OpenedAt).Take(MostShown).ToListAsync(cancellationToken)
            : [];
        if (!everyone)
        {
            return new SessionLists([.. mine], []);
        }

        var mineIds = mine.Select(summary => summary.Id).ToHashSet();
        var latest = await query.Query<SessionSummary>().OrderByDescending(summary => summary.OpenedAt).Take(MostShown + mine.Count).ToListAsync(cancellationToken);
        return new SessionLists([.. mine], [.. latest.Where(summary => !mineIds.Contains(summary.Id)).Take(MostShown)]);
    }
}

/// <summary>The person's own sessions first, then the others they may act on.</summary>
public sealed record SessionLists(List<SessionSummary> Mine, List<SessionSummary> Others);
