using Npgsql;

namespace HarmTaxonomy.LoadTests.Database;

/// <summary>
/// How the app grouped this run's votes into transactions, read from the event store itself: every row a transaction
/// inserts carries that transaction's id (<c>xmin</c>), and events are never updated, so the distinct <c>xmin</c> of the
/// run's vote events is the number of commits that wrote them. Exact for this run's session alone, with nothing added to
/// the app.
/// </summary>
public static class CommitBatches
{
    public const string EventsTable = "harmtaxonomy.mt_events";

    public static async Task<BatchFigures> ReadAsync(string connectionString, IReadOnlyCollection<Guid> participantIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT count(*), count(DISTINCT xmin::text), max(cnt)
            FROM (SELECT xmin, count(*) OVER (PARTITION BY xmin::text) AS cnt FROM {EventsTable}
                  WHERE stream_id = ANY(@participants) AND type = 'vote_cast') AS votes
            """,
            connection);
        command.Parameters.AddWithValue("participants", participantIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var votes = reader.GetInt64(0);
        var batches = reader.GetInt64(1);
        var largest = reader.IsDBNull(2) ? 0 : reader.GetInt64(2);
        return new BatchFigures(votes, batches, batches == 0 ? 0 : Math.Round((double)votes / batches, 1), largest);
    }
}

/// <summary>Vote events of the run, the transactions that wrote them, the mean and the largest batch.</summary>
public sealed record BatchFigures(long Votes, long Batches, double MeanBatch, long LargestBatch);
