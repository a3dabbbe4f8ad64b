using System.Threading.Channels;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Infrastructure.Database;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Group commit for votes. Votes queue here; one writer takes everything queued (up to
/// <c>LiveSessions:MaxVoteBatch</c>) and appends it in one transaction, each vote to its participant's stream, while
/// the next batch gathers. Every caller's task completes only when its vote's transaction has committed, or fails
/// with the transaction's error, so an acknowledged vote is a durable one and a refused one can be retried.
/// </summary>
public sealed class VoteCommitter(IDocumentStore store, DatabaseConnection database, IOptions<LiveSessionOptions> options, ILogger<VoteCommitter> logger)
    : BackgroundService
{
    // The writer's own pool. From the shared pool every batch began with DISCARD ALL (Npgsql resets a connection when it
    // is taken again), which also throws away PostgreSQL's cached plans for Marten's append function, so each batch paid
    // for planning it again: about a quarter of PostgreSQL's CPU at 1,000 votes/s. This pool serves only this writer,
    // which sets no session state, so it is not reset; two connections, so a broken one can be replaced at once.
    private readonly NpgsqlDataSource writerConnections = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { NoResetOnClose = true, MaxPoolSize = 2 }.ConnectionString);

    private readonly Channel<PendingVote> queue = Channel.CreateUnbounded<PendingVote>(new UnboundedChannelOptions { SingleReader = true });
    private long batches;
    private long committed;

    /// <summary>Transactions committed so far (with <see cref="VotesCommitted"/>, the average batch size).</summary>
    public long Batches => Interlocked.Read(ref batches);

    public long VotesCommitted => Interlocked.Read(ref committed);

    public Task CommitAsync(VoteCast vote)
    {
        var pending = new PendingVote(vote, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            pending.Done.SetException(new VoteNotRecordedException("The app is shutting down; send the vote again."));
        }

        return pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingVote>(options.Value.MaxVoteBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < options.Value.MaxVoteBatch && queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var pending))
            {
                pending.Done.TrySetException(new VoteNotRecordedException("The app is shutting down; send the vote again."));
            }
        }
    }

    private async Task WriteAsync(List<PendingVote> batch)
    {
        try
        {
            // Marten runs the batch in a transaction on this connection, commits, then hands it back to the writer's pool.
            await using var connection = await writerConnections.OpenConnectionAsync(CancellationToken.None);
            await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForConnection(connection));
            foreach (var pending in batch)
            {
                session.Events.Append(pending.Vote.ParticipantId, pending.Vote);
            }

            // Not the stopping token: a batch already written is finished and answered, not abandoned halfway.
            await session.SaveChangesAsync(CancellationToken.None);
            Interlocked.Increment(ref batches);
            Interlocked.Add(ref committed, batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult();
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A batch of {Count} votes was not committed; their senders are told to retry", batch.Count);
            var refused = new VoteNotRecordedException("The vote was not recorded (the database did not answer); send it again with the same clientVoteId.", exception);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(refused);
            }
        }
    }

    public override void Dispose()
    {
        writerConnections.Dispose();
        base.Dispose();
    }

    private sealed record PendingVote(VoteCast Vote, TaskCompletionSource Done);
}

/// <summary>A vote could not be committed; nothing was recorded and the client should retry with the same client vote id.</summary>
public sealed class VoteNotRecordedException : Exception
{
    public VoteNotRecordedException()
        : this("The vote was not recorded.")
    {
    }

    public VoteNotRecordedException(string message)
        : base(message)
    {
    }

    public VoteNotRecordedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
