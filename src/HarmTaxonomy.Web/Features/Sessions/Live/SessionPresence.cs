using System.Collections.Concurrent;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Who is connected now, per session: live state, never events. A participant with a phone and a laptop open counts
/// once; the count is announced (coalesced) as <c>PresenceChanged</c>.
/// </summary>
public sealed class SessionPresence(LiveBroadcasts broadcasts)
{
    private readonly ConcurrentDictionary<Guid, Dictionary<Guid, int>> sessions = new();

    /// <summary>Counts a connection until the returned handle is disposed.</summary>
    public IDisposable Enter(Guid sessionId, Guid participantId)
    {
        Change(sessionId, participantId, +1);
        return new Departure(() => Change(sessionId, participantId, -1));
    }

    public int Count(Guid sessionId)
    {
        if (!sessions.TryGetValue(sessionId, out var connected))
        {
            return 0;
        }

        lock (connected)
        {
            return connected.Count;
        }
    }

    private void Change(Guid sessionId, Guid participantId, int delta)
    {
        var connected = sessions.GetOrAdd(sessionId, _ => []);
        int count;
        lock (connected)
        {
            var connections = connected.GetValueOrDefault(participantId) + delta;
            if (connections > 0)
            {
                connected[participantId] = connections;
            }
            else
            {
                connected.Remove(participantId);
            }

            count = connected.Count;
        }

        broadcasts.MarkPresence(sessionId, count);
    }

    private sealed class Departure(Action leave) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                leave();
            }
        }
    }
}
