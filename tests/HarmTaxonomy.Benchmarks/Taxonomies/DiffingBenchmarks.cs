using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Benchmarks.Taxonomies;

/// <summary>Comparing two published 5,000-category versions that differ by 100 changes (target &lt; 200 ms).</summary>
public class DiffingBenchmarks : TaxonomyBenchmark
{
    private const string Before = "1.0.0";
    private const string After = "1.1.0";

    private TaxonomySummary summary = null!;
    private TaxonomySnapshot before = null!;
    private TaxonomySnapshot after = null!;

    protected override async Task PrepareAsync()
    {
        Expect(Before, await PublishSuggestedVersionAsync());
        var categories = await Writer.ReadAsync(Taxonomy.Id, draft => draft.Categories.ToList(), default);
        foreach (var change in SyntheticChanges.For(categories, TaxonomySeeder.Seed))
        {
            await Writer.ExecuteAsync(Taxonomy.Id, null, change, TaxonomySeeder.Curator, default);
        }

        Expect(After, await PublishSuggestedVersionAsync());
        summary = await Queries.RequireAsync(Taxonomy.Slug, default);
        before = (await Queries.VersionAsync(Taxonomy.Slug, Before, default))!.Snapshot;
        after = (await Queries.VersionAsync(Taxonomy.Slug, After, default))!.Snapshot;
        var diff = TaxonomyDiffer.Compare(before, Before, after, After);
        Console.WriteLine(
            $"// {Before} → {After}: {after.Categories.Count} categories, {diff.Added.Count} added, {diff.Renamed.Count} relabelled, " +
            $"{diff.Redefined.Count} redefined, {diff.DetailsRevised.Count} with revised examples, {diff.MappingsAdded.Count} mappings added");
    }

    /// <summary>The diff itself, on two snapshots already in memory.</summary>
    [Benchmark]
    public TaxonomyDiff DiffTwoVersions() => TaxonomyDiffer.Compare(before, Before, after, After);

    /// <summary>
    /// What the diff page waits for once the two releases have been read since the app started: the app keeps
    /// published versions in memory (they never change), so this is the cache lookup and the diff.
    /// </summary>
    [Benchmark]
    public Task<TaxonomyDiff> DiffTwoVersionsFromStore() => Queries.DiffAsync(summary, Before, After, default);

    /// <summary>The first diff of two releases after a start: both version documents (full snapshots) read from PostgreSQL.</summary>
    [Benchmark]
    public async Task<TaxonomyDiff> DiffTwoVersionsFromStoreCold()
    {
        using var emptyCache = new PublishedVersionCache(Services.GetRequiredService<IConfiguration>());
        var queries = new TaxonomyQueries(Services.GetRequiredService<IDocumentStore>(), Writer, emptyCache);
        return await queries.DiffAsync(summary, Before, After, default);
    }
}
