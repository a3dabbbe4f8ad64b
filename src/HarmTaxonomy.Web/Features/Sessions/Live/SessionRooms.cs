using System.Collections.Concurrent;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Rooms;
using JasperFx.Events;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// The rooms of this instance, loaded from the event store on first use and then kept current by every commit
/// (<see cref="CommittedSessionEvents"/>), never by polling. Commits that arrive while a room is loading are held and
/// applied after it; applying is idempotent, so a commit both loaded and announced counts once. Each change is
/// announced on the <see cref="SessionFeed"/>; tallies go through <see cref="LiveBroadcasts"/> to be coalesced.
/// </summary>
public sealed class SessionRooms(SessionEventReader reader, SessionFeed feed, LiveBroadcasts broadcasts, ILogger<SessionRooms> logger)
{
    private readonly ConcurrentDictionary<Guid, RoomSlot> slots = new();

    /// <summary>The live room, or null when no session has this id.</summary>
    public async Task<LiveRoom?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var slot = slots.GetOrAdd(sessionId, _ => new RoomSlot());
        LiveRoom? loaded;
        try
        {
            loaded = await slot.LoadOnceAsync(() => LoadAsync(sessionId, slot));
        }
        catch
        {
            // The database did not answer: the next request tries again rather than inheriting this failure.
            slots.TryRemove(new KeyValuePair<Guid, RoomSlot>(sessionId, slot));
            throw;
        }

        if (loaded is null)
        {
            // Nothing yet: a session created later must be found then, so the empty slot goes.
            slots.TryRemove(new KeyValuePair<Guid, RoomSlot>(sessionId, slot));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return loaded;
    }

    /// <summary>The room if it is loaded already (a feed listener's view), without loading it.</summary>
    public LiveRoom? Loaded(Guid sessionId) => slots.TryGetValue(sessionId, out var slot) ? slot.Room : null;

    /// <summary>Called with every committed batch of events; only events of loaded (or loading) rooms matter.</summary>
    public void OnCommitted(IReadOnlyList<IEvent> events)
    {
        foreach (var @event in events)
        {
            if (@event.Data is ISessionEvent change && slots.TryGetValue(change.SessionId, out var slot))
            {
                if (slot.HoldOrGet(@event) is { } room)
                {
                    Announce(room, room.Apply(change, @event.Id, @event.Sequence));
                }
            }
        }
    }

    private async Task<LiveRoom?> LoadAsync(Guid sessionId, RoomSlot slot)
    {
        var room = await reader.LoadAsync(sessionId, CancellationToken.None);
        if (room is null)
        {
            return null;
        }

        var live = new LiveRoom(room);
        foreach (var held in slot.Open(live))
        {
            live.Apply((ISessionEvent)held.Data, held.Id, held.Sequence);
        }

        logger.LogInformation("Session {SessionId} loaded: {Items} items, {Votes} votes", sessionId, room.Items.Count, room.Votes.Recorded);
        return live;
    }

    private void Announce(LiveRoom room, RoomChange change)
    {
        if (change.TalliesChanged is { Count: > 0 } items)
        {
            broadcasts.MarkTallies(room, items);
        }

        var update = change.Kind switch
        {
            RoomChangeKind.Phase => new SessionUpdate(SessionUpdateKind.PhaseChanged),
            RoomChangeKind.ItemAdded => new SessionUpdate(SessionUpdateKind.ItemAdded, change.ItemId),
            RoomChangeKind.ItemModerated => new SessionUpdate(SessionUpdateKind.ItemModerated, change.ItemId),
            RoomChangeKind.ProposalAccepted => new SessionUpdate(SessionUpdateKind.ProposalAccepted, change.ItemId),
            RoomChangeKind.CommentAdded => new SessionUpdate(SessionUpdateKind.CommentAdded, change.ItemId, change.CommentId),
            RoomChangeKind.CommentModerated => new SessionUpdate(SessionUpdateKind.CommentModerated, change.ItemId, change.CommentId),
            RoomChangeKind.Participants => new SessionUpdate(SessionUpdateKind.ParticipantsChanged),
            RoomChangeKind.Session => new SessionUpdate(SessionUpdateKind.SessionChanged),
            _ => null,
        };
        if (update is not null)
        {
            feed.Publish(room.Id, update);
        }
    }

    /// <summary>A room being loaded (commits are held) or loaded (commits apply).</summary>
    private sealed class RoomSlot
    {
        private readonly Lock sync = new();
        private readonly List<IEvent> held = [];
        private Task<LiveRoom?>? loading;
        private LiveRoom? room;

        public Task<LiveRoom?> LoadOnceAsync(Func<Task<LiveRoom?>> load)
        {
            lock (sync)
            {
                return loading ??= load();
            }
        }

        public LiveRoom? Room
        {
            get
            {
                lock (sync)
                {
                    return room;
                }
            }
        }

        public LiveRoom? HoldOrGet(IEvent @event)
        {
            lock (sync)
            {
                if (room is null)
                {
                    held.Add(@event);
                }

                return room;
            }
        }

        public List<IEvent> Open(LiveRoom loaded)
        {
            lock (sync)
            {
                room = loaded;
                var toApply = held.OrderBy(@event => @event.Sequence).ToList();
                held.Clear();
                return toApply;
            }
        }
    }
}
