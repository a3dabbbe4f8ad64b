using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Database;

/// <summary>Asks PostgreSQL a trivial question with a short timeout: does it answer at all?</summary>
public static class PostgresProbe
{
    public static async Task PingAsync(string connectionString, int timeoutSeconds, CancellationToken cancellationToken)
    {
        // Unpooled: a probe must not be answered by a connection that was opened before the server went away.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = timeoutSeconds, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
