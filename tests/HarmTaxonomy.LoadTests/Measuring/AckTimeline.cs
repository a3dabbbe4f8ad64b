using System.Diagnostics;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>
/// Acknowledged votes counted once a second while voting lasts, printed as progress on stderr. The steady rate leaves
/// out the first seconds, while connections warm up and the first batches form.
/// </summary>
public sealed class AckTimeline : IAsyncDisposable, IDisposable
{
    private readonly VoteCounters counters;
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly List<(TimeSpan At, long Acknowledged)> samples = [(TimeSpan.Zero, 0)];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public AckTimeline(VoteCounters counters)
    {
        this.counters = counters;
        sampling = SampleAsync(stop.Token);
    }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(started);

    /// <summary>Acknowledged votes per second between the end of the warm-up (a fifth of the run, 5 s at most) and the end of voting.</summary>
    public double SteadyRate(TimeSpan duration)
    {
        var warmUp = TimeSpan.FromTicks(Math.Min(duration.Ticks / 5, TimeSpan.FromSeconds(5).Ticks));
        (TimeSpan At, long Acknowledged) from;
        lock (samples)
        {
            from = samples.LastOrDefault(sample => sample.At <= warmUp);
        }

        var to = (At: Elapsed, Acknowledged: counters.AcknowledgedUnique);
        return to.At <= from.At ? 0 : (to.Acknowledged - from.Acknowledged) / (to.At - from.At).TotalSeconds;
    }

    /// <summary>Stops sampling; safe to call again.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            await sampling;
        }
    }

    public void Dispose() => stop.Dispose();

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var second = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var acknowledged = counters.AcknowledgedUnique;
                lock (samples)
                {
                    samples.Add((Elapsed, acknowledged));
                }

                if (++second % 5 == 0)
                {
                    Console.Error.WriteLine(
                        $"[load {DateTime.Now:HH:mm:ss}] t={second} s: sent {counters.Sent:N0} (+{counters.RetriesSent:N0} retries), acknowledged {acknowledged:N0}, errors {counters.Failed:N0}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Voting is over.
        }
    }
}
