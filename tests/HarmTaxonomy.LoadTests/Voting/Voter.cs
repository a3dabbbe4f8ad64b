using HarmTaxonomy.LoadTests.Hub;
using HarmTaxonomy.LoadTests.Measuring;

namespace HarmTaxonomy.LoadTests.Voting;

/// <summary>
/// A participant who votes: each item at most once, in an order of its own, so every first attempt is a new
/// (participant, item) vote and the results must count exactly the acknowledged ones. A fraction of votes is sent a
/// second time with the same client vote id right behind the first, as a phone that lost the ack would.
/// </summary>
public sealed class Voter(ParticipantConnection connection, IReadOnlyList<Guid> itemOrder, double retryRate, Random random, VoteRecorders recorders)
{
    private static readonly string[] Values = ["agree", "disagree", "pass"];

    private int next;

    public Guid ParticipantId => connection.ParticipantId;

    public bool HasItemsLeft => Volatile.Read(ref next) < itemOrder.Count;

    /// <summary>Sends this voter's next vote (and maybe its retry); completes when both are answered.</summary>
    public Task VoteNextAsync(CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref next) - 1;
        if (index >= itemOrder.Count)
        {
            return Task.CompletedTask;
        }

        bool retry;
        string value;
        lock (random)
        {
            retry = random.NextDouble() < retryRate;
            value = Values[random.Next(Values.Length)];
        }

        var attempt = new VoteAttempt(itemOrder[index], value, Guid.NewGuid().ToString("N"));
        recorders.Tallies.Sent(attempt.ItemId);
        recorders.Counters.CountSent();
        var first = SendAsync(attempt, isRetry: false, cancellationToken);
        if (!retry)
        {
            return first;
        }

        recorders.Counters.CountRetrySent();
        return Task.WhenAll(first, SendAsync(attempt, isRetry: true, cancellationToken));
    }

    private async Task SendAsync(VoteAttempt attempt, bool isRetry, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var ack = await connection.CastVoteAsync(attempt.ItemId, attempt.Value, attempt.ClientVoteId, cancellationToken);
            (isRetry ? recorders.RetryAcks : recorders.Acks).RecordSince(started);
            recorders.Counters.CountAck(attempt, ack, isRetry);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            recorders.Counters.CountError(ErrorKind(exception));
            if (!isRetry)
            {
                recorders.Tallies.Refused(attempt.ItemId);
            }
        }
    }

    /// <summary>Hub refusals read <c>[kind] field: message</c>: grouped by kind and field; anything else by its type.</summary>
    private static string ErrorKind(Exception exception) =>
        exception is Microsoft.AspNetCore.SignalR.HubException hub && hub.Message.Contains(':', StringComparison.Ordinal)
            ? hub.Message[..hub.Message.IndexOf(':', StringComparison.Ordinal)]
            : exception.GetType().Name;
}

/// <summary>Where a voter's outcomes are recorded: the counters, ack latencies (first attempts and retries) and the tally watch.</summary>
public sealed record VoteRecorders(VoteCounters Counters, LatencyHistogram Acks, LatencyHistogram RetryAcks, TallyWatch Tallies);
