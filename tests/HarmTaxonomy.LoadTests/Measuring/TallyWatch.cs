using System.Diagnostics;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>
/// Vote-to-<c>TalliesChanged</c> latency on other clients. Every first attempt is a new (participant, item) vote, so
/// each one that commits raises its item's total by one. Per item the send times are kept in send order; when an
/// observer (a connection that never votes) first sees the item's total reach n, the n-th vote sent on it is taken
/// as shown then. Commit order within a batch may differ from send order by a few votes; across the run that
/// evens out, and the first observer to see a total wins, as the first screen to show it would.
/// </summary>
public sealed class TallyWatch
{
    private readonly Dictionary<Guid, ItemWatch> items;
    private readonly LatencyHistogram latencies = new();

    public TallyWatch(IReadOnlyDictionary<Guid, int> startingTotals)
    {
        items = startingTotals.ToDictionary(pair => pair.Key, pair => new ItemWatch(pair.Value));
    }

    public LatencyHistogram Latencies => latencies;

    public void Sent(Guid itemId)
    {
        var item = items[itemId];
        lock (item)
        {
            item.SentAt.Add(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>A refused vote never shows in a tally: it is left out of what the observers still wait for.</summary>
    public void Refused(Guid itemId)
    {
        var item = items[itemId];
        lock (item)
        {
            item.Refused++;
        }
    }

    public void Observed(IReadOnlyList<Hub.HubTally> tallies)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var tally in tallies)
        {
            if (!items.TryGetValue(tally.ItemId, out var item))
            {
                continue;
            }

            lock (item)
            {
                var reached = Math.Min(tally.Total - item.StartingTotal, item.SentAt.Count - item.Refused);
                for (; item.Shown < reached; item.Shown++)
                {
                    latencies.Record(Stopwatch.GetElapsedTime(item.SentAt[item.Shown], now));
                }
            }
        }
    }

    /// <summary>Votes sent and not refused that no observer has seen in a tally yet.</summary>
    public int NotShown()
    {
        var missing = 0;
        foreach (var item in items.Values)
        {
            lock (item)
            {
                missing += item.SentAt.Count - item.Refused - item.Shown;
            }
        }

        return missing;
    }

    private sealed class ItemWatch(int startingTotal)
    {
        public int StartingTotal { get; } = startingTotal;

        public List<long> SentAt { get; } = [];

        public int Refused { get; set; }

        public int Shown { get; set; }
    }
}
