using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// The in-process notifier: committed session events (through <see cref="SessionRooms"/>) and coalesced tallies and
/// presence (through <see cref="LiveBroadcasts"/>) are announced here, and Blazor pages and the hub relay listen.
/// Handlers run on the publisher's thread and must return quickly (a page marshals to its renderer and returns).
/// </summary>
public sealed class SessionFeed(ILogger<SessionFeed> logger)
{
    private readonly ConcurrentDictionary<Guid, ImmutableList<Action<SessionUpdate>>> bySession = new();
    private ImmutableList<Action<Guid, SessionUpdate>> everySession = [];

    public IDisposable Subscribe(Guid sessionId, Action<SessionUpdate> handler)
    {
        bySession.AddOrUpdate(sessionId, _ => [handler], (_, handlers) => handlers.Add(handler));
        return new Subscription(() => bySession.AddOrUpdate(sessionId, _ => [], (_, handlers) => handlers.Remove(handler)));
    }

    public IDisposable SubscribeAll(Action<Guid, SessionUpdate> handler)
    {
        ImmutableInterlocked.Update(ref everySession, handlers => handlers.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref everySession, handlers => handlers.Remove(handler)));
    }

    public int SubscriberCount(Guid sessionId) => bySession.TryGetValue(sessionId, out var handlers) ? handlers.Count : 0;

    public void Publish(Guid sessionId, SessionUpdate update)
    {
        foreach (var handler in everySession)
        {
            Invoke(() => handler(sessionId, update));
        }

        if (bySession.TryGetValue(sessionId, out var handlers))
        {
            foreach (var handler in handlers)
            {
                Invoke(() => handler(update));
            }
        }
    }

    private void Invoke(Action handler)
    {
        try
        {
            handler();
        }
        catch (Exception exception)
        {
            // One broken listener (a page being torn down) must not keep the update from the others.
            logger.LogWarning(exception, "A session feed listener failed");
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
