using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Coalesces the updates that come at the vote rate: tallies and presence are marked dirty as votes commit and
/// people come and go, and announced at most once per session every <c>LiveSessions:BroadcastIntervalMilliseconds</c>
/// (250 ms), with the latest figures, however many votes arrived in between.
/// </summary>
public sealed class LiveBroadcasts(SessionFeed feed, IOptions<LiveSessionOptions> options, ILogger<LiveBroadcasts> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, DirtyTallies> tallies = new();
    private readonly ConcurrentDictionary<Guid, int> presence = new();

    public void MarkTallies(LiveRoom room, IReadOnlyList<Guid> itemIds)
    {
        while (true)
        {
            var dirty = tallies.GetOrAdd(room.Id, _ => new DirtyTallies(room));
            foreach (var itemId in itemIds)
            {
                dirty.Items.TryAdd(itemId, 0);
            }

            // A flush that took this set away before the items went in would miss them: mark them again in a new set.
            if (tallies.TryGetValue(room.Id, out var current) && ReferenceEquals(current, dirty))
            {
                return;
            }
        }
    }

    public void MarkPresence(Guid sessionId, int count) => presence[sessionId] = count;

    /// <summary>Announces everything marked since the last flush; the timer calls this, tests may too.</summary>
    public void Flush()
    {
        foreach (var sessionId in tallies.Keys)
        {
            if (tallies.TryRemove(sessionId, out var dirty) && !dirty.Items.IsEmpty)
            {
                var itemIds = dirty.Items.Keys.ToList();
                var changed = dirty.Room.Read(room => itemIds.Select(room.TallyOf).DistinctBy(tally => tally.ItemId).ToList());
                feed.Publish(sessionId, new SessionUpdate(SessionUpdateKind.TalliesChanged, Tallies: changed));
            }
        }

        foreach (var sessionId in presence.Keys)
        {
            if (presence.TryRemove(sessionId, out var count))
            {
                feed.Publish(sessionId, new SessionUpdate(SessionUpdateKind.PresenceChanged, Presence: count));
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.BroadcastIntervalMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    Flush();
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Broadcasting tallies failed; the next tick tries again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping (perhaps before it ever served): nothing is left to announce.
        }
    }

    private sealed class DirtyTallies(LiveRoom room)
    {
        public LiveRoom Room { get; } = room;

        public ConcurrentDictionary<Guid, byte> Items { get; } = new();
    }
}
