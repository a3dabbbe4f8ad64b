using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Benchmarks.Taxonomies;

/// <summary>
/// What every taxonomy benchmark starts from. BenchmarkDotNet runs each benchmark in a process of its own, so each
/// gets the app's services on the benchmark database and a freshly seeded taxonomy of 5,000 categories that no
/// other benchmark writes to. Seeding is setup: it is never measured.
/// </summary>
[MemoryDiagnoser]
public abstract class TaxonomyBenchmark
{
    private BenchmarkApp? app;
    private IServiceScope? scope;

    protected SeededTaxonomy Taxonomy { get; private set; } = null!;

    protected IServiceProvider Services => scope!.ServiceProvider;

    protected TaxonomyWriter Writer { get; private set; } = null!;

    protected TaxonomyQueries Queries { get; private set; } = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        app = await BenchmarkApp.StartAsync();
        scope = app.Services.CreateScope();
        Writer = Services.GetRequiredService<TaxonomyWriter>();
        Queries = Services.GetRequiredService<TaxonomyQueries>();
        Taxonomy = await TaxonomySeeder.SeedAsync(app.Services);
        await PrepareAsync();
        MachineLoad.Report("before measuring");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        MachineLoad.Report("after measuring");
        scope?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>What a benchmark needs on top of the seeded draft (releases, a warm cache); not measured.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Publishes the draft as the version the publication plan suggests, as the publish dialog does.</summary>
    protected async Task<string> PublishSuggestedVersionAsync()
    {
        var plan = await Writer.ReadAsync(Taxonomy.Id, PublicationPlan.For, default);
        await Writer.ExecuteAsync(Taxonomy.Id, null, new PublishVersion(plan.SuggestedVersion, null), TaxonomySeeder.Curator, default);
        return plan.SuggestedVersion;
    }

    /// <summary>Stops a benchmark whose setup did not publish the version it measures.</summary>
    protected static void Expect(string expected, string published)
    {
        if (published != expected)
        {
            throw new InvalidOperationException($"Expected to publish {expected} but the plan suggested {published}.");
        }
    }
}
