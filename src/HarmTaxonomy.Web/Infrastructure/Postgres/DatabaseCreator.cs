using Npgsql;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

internal static class DatabaseCreator
{
    private const string DuplicateDatabase = "42P04";

    /// <param name="database">Already validated by <see cref="DatabaseNames"/>, which is what makes the quoting below safe.</param>
    public static async Task CreateIfMissingAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                return;
            }
        }

        // CREATE DATABASE takes no parameters, hence the identifier in the text.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == DuplicateDatabase)
        {
            // Created by another process between the check and here: the goal is met.
        }
    }
}
