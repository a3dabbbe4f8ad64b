using System.Collections.Concurrent;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>What was sent and what came back, counted from every connection at once.</summary>
public sealed class VoteCounters
{
    private long sent;
    private long retriesSent;
    private long accepted;
    private long duplicates;
    private long firstAttemptsAnsweredDuplicate;
    private long acknowledgedUnique;
    private long failed;

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long Sent => Interlocked.Read(ref sent);

    public long RetriesSent => Interlocked.Read(ref retriesSent);

    /// <summary>Acks of new votes: <c>{ accepted: true, duplicate: false }</c>.</summary>
    public long Accepted => Interlocked.Read(ref accepted);

    /// <summary>Acks that said the client vote id was counted before (<c>duplicate: true</c>).</summary>
    public long Duplicates => Interlocked.Read(ref duplicates);

    /// <summary>First attempts answered as duplicates: a vote counted before it was sent, which should never happen.</summary>
    public long FirstAttemptsAnsweredDuplicate => Interlocked.Read(ref firstAttemptsAnsweredDuplicate);

    /// <summary>(participant, item) votes with at least one accepting ack: what the results must count.</summary>
    public long AcknowledgedUnique => Interlocked.Read(ref acknowledgedUnique);

    public long Failed => Interlocked.Read(ref failed);

    public void CountSent() => Interlocked.Increment(ref sent);

    public void CountRetrySent() => Interlocked.Increment(ref retriesSent);

    public void CountAck(VoteAttempt attempt, Hub.VoteAck ack, bool isRetry)
    {
        if (!ack.Accepted)
        {
            Interlocked.Increment(ref failed);
            Errors.AddOrUpdate("not accepted", 1, (_, count) => count + 1);
            return;
        }

        if (ack.Duplicate)
        {
            Interlocked.Increment(ref duplicates);
            if (!isRetry)
            {
                Interlocked.Increment(ref firstAttemptsAnsweredDuplicate);
            }
        }
        else
        {
            Interlocked.Increment(ref accepted);
        }

        if (attempt.MarkAcknowledged())
        {
            Interlocked.Increment(ref acknowledgedUnique);
        }
    }

    public void CountError(string kind)
    {
        Interlocked.Increment(ref failed);
        Errors.AddOrUpdate(kind, 1, (_, count) => count + 1);
    }
}

/// <summary>One (participant, item) vote and its client vote id, shared by the first attempt and its retry.</summary>
public sealed class VoteAttempt(Guid itemId, string value, string clientVoteId)
{
    private int acknowledged;

    public Guid ItemId { get; } = itemId;

    public string Value { get; } = value;

    public string ClientVoteId { get; } = clientVoteId;

    /// <summary>True the first time an attempt of this vote is acknowledged.</summary>
    public bool MarkAcknowledged() => Interlocked.Exchange(ref acknowledged, 1) == 0;

    public bool IsAcknowledged => Volatile.Read(ref acknowledged) == 1;
}
