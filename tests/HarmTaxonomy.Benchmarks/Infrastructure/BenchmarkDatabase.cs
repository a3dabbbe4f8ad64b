using HarmTaxonomy.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarmTaxonomy.Benchmarks.Infrastructure;

/// <summary>
/// The PostgreSQL the benchmarks measure against: the server named by <see cref="BenchmarkApp.ConnectionVariable"/>
/// when it is set, otherwise a private cluster in a temporary folder, started by the app's own launcher for this run
/// and removed after it. Unlike the test suite's cluster, durability stays at PostgreSQL's defaults (fsync and
/// synchronous commit on): the targets are about the real thing.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgresCluster? cluster;
    private readonly string? directory;

    private BenchmarkDatabase(EmbeddedPostgresCluster? cluster, string? directory)
    {
        this.cluster = cluster;
        this.directory = directory;
    }

    public static async Task<BenchmarkDatabase> OpenAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BenchmarkApp.ConnectionVariable)))
        {
            Console.WriteLine($"// Benchmarking against the server in {BenchmarkApp.ConnectionVariable}.");
            return new BenchmarkDatabase(null, null);
        }

        var directory = Path.Combine(Path.GetTempPath(), "harmtaxonomy-bench", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var cluster = await EmbeddedPostgresCluster.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = directory, DatabaseName = "harmtaxonomy_bench" },
            NullLogger.Instance);
        Console.WriteLine($"// Benchmarking against a private PostgreSQL {cluster.ServerMajorVersion} cluster in {directory}.");

        // Benchmark processes are children of this one and inherit its environment.
        Environment.SetEnvironmentVariable(BenchmarkApp.ConnectionVariable, cluster.ConnectionString);
        return new BenchmarkDatabase(cluster, directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is null)
        {
            return;
        }

        await cluster.StopAsync();
        try
        {
            Directory.Delete(directory!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temporary directory is harmless; the figures are what matter.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
