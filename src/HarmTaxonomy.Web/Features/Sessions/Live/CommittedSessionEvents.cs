using Marten;
using Marten.Services;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Marten calls this after every commit of this process: the session events in it reach the live rooms, and from
/// there the pages and hub clients. It runs inside the committer's <c>SaveChangesAsync</c>, so a vote's ack (sent
/// when that returns) never overtakes the room's knowledge of it.
/// </summary>
public sealed class CommittedSessionEvents(Func<SessionRooms> rooms, ILogger<CommittedSessionEvents> logger) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        try
        {
            var events = commit.GetEvents().ToList();
            if (events.Count > 0)
            {
                rooms().OnCommitted(events);
            }
        }
        catch (Exception exception)
        {
            // The commit stands whatever happens here; the room shows it once it is loaded again (after a restart).
            logger.LogError(exception, "Announcing committed session events failed");
        }

        return Task.CompletedTask;
    }
}
