using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace HarmTaxonomy.LoadTests.Database;

/// <summary>
/// The yardstick for durable vote throughput: plain batched inserts of vote-sized rows into the app's own PostgreSQL,
/// one writer, one transaction per batch of the size the app's group commit reached, one multi-row INSERT per batch.
/// Measured into an ordinary table, whose commits wait for the WAL flush as the app's do, and for reference into a
/// temporary table, whose commits do not (temporary tables are not WAL-logged). Both tables are dropped afterwards.
/// </summary>
public static class RawInserts
{
    private const string Columns = "id, session_id, participant_id, item_id, value, client_vote_id, at, payload";

    public static async Task<RawInsertFigures> MeasureAsync(string connectionString, int batchSize, TimeSpan duration, CancellationToken cancellationToken)
    {
        batchSize = Math.Max(1, batchSize);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var table = $"public.load_raw_votes_{Guid.NewGuid():N}";
        await ExecuteAsync(connection, $"CREATE TABLE {table} ({Schema})", cancellationToken);
        double durable;
        try
        {
            durable = await RowsPerSecondAsync(connection, table, batchSize, duration, cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, $"DROP TABLE {table}", CancellationToken.None);
        }

        await ExecuteAsync(connection, $"CREATE TEMPORARY TABLE load_raw_votes_temp ({Schema})", cancellationToken);
        var temporary = await RowsPerSecondAsync(connection, "load_raw_votes_temp", batchSize, duration, cancellationToken);
        await ExecuteAsync(connection, "DROP TABLE load_raw_votes_temp", cancellationToken);
        return new RawInsertFigures(batchSize, 1, Math.Round(durable), Math.Round(temporary));
    }

    private const string Schema =
        "id uuid PRIMARY KEY, session_id uuid NOT NULL, participant_id uuid NOT NULL, item_id uuid NOT NULL, value text NOT NULL, " +
        "client_vote_id text NOT NULL, at timestamptz NOT NULL, payload jsonb NOT NULL";

    private static async Task<double> RowsPerSecondAsync(NpgsqlConnection connection, string table, int batchSize, TimeSpan duration, CancellationToken cancellationToken)
    {
        var sessionId = Guid.NewGuid();
        var participants = Enumerable.Range(0, batchSize).Select(_ => Guid.NewGuid()).ToArray();
        var item = Guid.NewGuid();
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {table} ({Columns}) SELECT * FROM unnest(@id, @session, @participant, @item, @value, @client, @at, @payload)", connection);
        var ids = new NpgsqlParameter<Guid[]>("id", NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        insert.Parameters.Add(ids);
        insert.Parameters.Add(new NpgsqlParameter<Guid[]>("session", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = Enumerable.Repeat(sessionId, batchSize).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter<Guid[]>("participant", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = participants });
        insert.Parameters.Add(new NpgsqlParameter<Guid[]>("item", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = Enumerable.Repeat(item, batchSize).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("value", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = Enumerable.Repeat("agree", batchSize).ToArray() });
        var clientIds = Enumerable.Range(0, batchSize).Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        insert.Parameters.Add(new NpgsqlParameter<string[]>("client", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = clientIds });
        var at = new NpgsqlParameter<DateTime[]>("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz);
        insert.Parameters.Add(at);
        // The size and shape of the app's VoteCast event as Marten stores it; made once, so the loop measures the database.
        var payloads = Enumerable.Range(0, batchSize).Select(row => JsonSerializer.Serialize(new
        {
            SessionId = sessionId,
            ParticipantId = participants[row],
            ItemId = item,
            Value = "agree",
            ClientVoteId = clientIds[row],
            At = DateTime.UtcNow,
        })).ToArray();
        insert.Parameters.Add(new NpgsqlParameter<string[]>("payload", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = payloads });

        void NextBatch()
        {
            var batchIds = new Guid[batchSize];
            for (var row = 0; row < batchSize; row++)
            {
                batchIds[row] = Guid.CreateVersion7();
            }

            ids.TypedValue = batchIds;
            at.TypedValue = Enumerable.Repeat(DateTime.UtcNow, batchSize).ToArray();
        }

        // A second of warm-up: plans cached, the table's first pages allocated.
        var rows = 0L;
        var started = Stopwatch.GetTimestamp();
        var measuring = false;
        while (true)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (!measuring && elapsed >= TimeSpan.FromSeconds(1))
            {
                measuring = true;
                rows = 0;
                started = Stopwatch.GetTimestamp();
                elapsed = TimeSpan.Zero;
            }
            else if (measuring && elapsed >= duration)
            {
                return rows / elapsed.TotalSeconds;
            }

            NextBatch();
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows += batchSize;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Raw insert rates (rows/s) at the app's batch size with one writer: into a logged table, and a temporary one.</summary>
public sealed record RawInsertFigures(int BatchSize, int Writers, double DurableRowsPerSecond, double TemporaryTableRowsPerSecond);
