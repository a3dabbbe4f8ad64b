using HarmTaxonomy.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarmTaxonomy.TestSupport;

/// <summary>
/// One private PostgreSQL cluster for the whole test run, started from the machine's binaries by the app's own
/// launcher; every test class gets a database of its own inside it. Never an in-memory stand-in.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<EmbeddedPostgresCluster>> Cluster = new(StartAsync);

    public static Task<EmbeddedPostgresCluster> GetClusterAsync() => Cluster.Value;

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var cluster = await GetClusterAsync();
        var readable = new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
        var name = $"t_{readable}_{Guid.NewGuid():N}";
        await cluster.CreateDatabaseAsync(name);
        return cluster.ConnectionStringFor(name);
    }

    private static async Task<EmbeddedPostgresCluster> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "harmtaxonomy-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var cluster = await EmbeddedPostgresCluster.StartAsync(
            new EmbeddedPostgresOptions
            {
                DataDirectory = directory,
                // Throwaway data: durability settings off make the suite several times faster.
                ServerSettings = new Dictionary<string, string>
                {
                    ["fsync"] = "off",
                    ["synchronous_commit"] = "off",
                    ["full_page_writes"] = "off",
                    ["max_connections"] = "300",
                },
            },
            NullLogger.Instance);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            TryDelete(directory);
        };
        return cluster;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
