using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>
/// Finds a session from the code in a page address. An open session holds its code (<see cref="OpenJoinCode"/>); a
/// closed one gave it up, so its summary is searched, the most recent first, so people can still read how it ended.
/// </summary>
public sealed class SessionByCode(IDocumentStore store)
{
    /// <returns>The session's id, or null when no session ever had this code.</returns>
    public async Task<Guid?> FindAsync(string? typedCode, CancellationToken cancellationToken)
    {
        if (JoinCodes.Normalise(typedCode) is not { } code)
        {
            return null;
        }

        await using var query = store.QuerySession();
        if (await query.LoadAsync<OpenJoinCode>(code, cancellationToken) is { } open)
        {
            return open.SessionId;
        }

        var closed = await query.Query<SessionSummary>()
            .Where(summary => summary.JoinCode == code)
            .OrderByDescending(summary => summary.OpenedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return closed?.Id;
    }
}
