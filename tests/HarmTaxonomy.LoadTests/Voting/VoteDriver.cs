using System.Diagnostics;

namespace HarmTaxonomy.LoadTests.Voting;

/// <summary>
/// How votes are sent. At a rate: an open loop that, every few milliseconds, sends the votes due by then, each from
/// the next voter in turn, without waiting for earlier acks (a slow server shows as latency, not as a lower rate).
/// At saturation: every voter sends its next vote as soon as its last is answered, for the whole duration.
/// </summary>
public static class VoteDriver
{
    /// <summary>Sends votes at the rate for the duration (or holds still when the rate is 0); returns how many were sent.</summary>
    public static async Task<long> AtRateAsync(IReadOnlyList<Voter> voters, double votesPerSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var pending = new List<Task>();
        if (votesPerSecond <= 0 || voters.Count == 0)
        {
            await Task.Delay(duration, cancellationToken);
            return 0;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        var started = Stopwatch.GetTimestamp();
        var issued = 0L;
        var turn = 0;
        var itemsLeft = true;
        while (itemsLeft && await timer.WaitForNextTickAsync(cancellationToken))
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= duration)
            {
                break;
            }

            var due = (long)(votesPerSecond * elapsed.TotalSeconds) - issued;
            for (var vote = 0L; vote < due; vote++)
            {
                // The next voter with items left; when none has any, the run has asked for more votes than items allow.
                var tried = 0;
                while (!voters[turn].HasItemsLeft && tried++ < voters.Count)
                {
                    turn = (turn + 1) % voters.Count;
                }

                if (!voters[turn].HasItemsLeft)
                {
                    itemsLeft = false;
                    break;
                }

                pending.Add(voters[turn].VoteNextAsync(cancellationToken));
                turn = (turn + 1) % voters.Count;
                issued++;
            }
        }

        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return issued;
    }

    public static async Task SaturateAsync(IReadOnlyList<Voter> voters, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(duration);
        await Task.WhenAll(voters.Select(voter => KeepVotingAsync(voter, window.Token, cancellationToken)));
    }

    private static async Task KeepVotingAsync(Voter voter, CancellationToken window, CancellationToken cancellationToken)
    {
        // Yield first, so every voter starts at once rather than one after another on this thread.
        await Task.Yield();
        while (!window.IsCancellationRequested && voter.HasItemsLeft)
        {
            // The vote in flight when the window closes is still awaited (not cancelled): its ack is counted.
            await voter.VoteNextAsync(cancellationToken);
        }
    }
}
