using HarmTaxonomy.Web.Features.Researching;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Marten;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HarmTaxonomy.Benchmarks.Infrastructure;

/// <summary>
/// The app's taxonomy services as the web host registers them (Marten with its inline projections, the draft cache,
/// the writer and the queries), without the web host: what is measured is the write and read path, not HTTP.
/// The async daemon that Marten's setup adds is a hosted service and stays idle here, which does not touch the
/// inline projections measured.
/// </summary>
public sealed class BenchmarkApp : IAsyncDisposable
{
    public const string ConnectionVariable = "HARMTAXONOMY_BENCH_CONNECTION";

    private readonly ServiceProvider provider;

    private BenchmarkApp(ServiceProvider provider)
    {
        this.provider = provider;
    }

    public IServiceProvider Services => provider;

    public static async Task<BenchmarkApp> StartAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Run the benchmarks through their program (infra/bench.sh), which starts a PostgreSQL server for them.");
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHarmTaxonomyMarten(connectionString, isDevelopment: true);
        services.AddSingleton(TimeProvider.System);
        var configuration = new ConfigurationBuilder().Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TaxonomyDraftCache>();
        services.AddSingleton<PublishedVersionCache>();
        services.AddScoped<TaxonomyWriter>();
        services.AddScoped<TaxonomyQueries>();
        services.AddResearch(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });

        await provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await DescribeServerAsync(connectionString);
        return new BenchmarkApp(provider);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    /// <summary>Writes the server version and its durability settings into the benchmark log, so the figures say what they measured.</summary>
    private static async Task DescribeServerAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"// PostgreSQL {reader.GetString(0)}, fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}");
    }
}
