using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Taxonomies;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Exports.Packaging;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarmTaxonomy.Benchmarks.Researching;

/// <summary>
/// Generating every download of a published 5,000-category, 3-language version that follows a previous one (so the
/// change notes and changes.json are real): target &lt; 1 s for all formats and the bundle.
/// </summary>
public class ExportingBenchmarks : TaxonomyBenchmark
{
    private const string Before = "1.0.0";
    private const string After = "1.1.0";

    private VersionPackageInput input = null!;

    protected override async Task PrepareAsync()
    {
        Expect(Before, await PublishSuggestedVersionAsync());
        var categories = await Writer.ReadAsync(Taxonomy.Id, draft => draft.Categories.ToList(), default);
        foreach (var change in SyntheticChanges.For(categories, TaxonomySeeder.Seed))
        {
            await Writer.ExecuteAsync(Taxonomy.Id, null, change, TaxonomySeeder.Curator, default);
        }

        Expect(After, await PublishSuggestedVersionAsync());
        var summary = await Queries.RequireAsync(Taxonomy.Slug, default);
        input = new VersionPackageInput
        {
            Version = (await Queries.VersionAsync(Taxonomy.Slug, After, default))!,
            Previous = (await Queries.VersionAsync(Taxonomy.Slug, Before, default))!.Snapshot,
            History = summary.Versions,
            Curators = ["Benchmark curator"],
            Publisher = SiteIdentity.DefaultPublisher,
            PublicBaseUrl = "https://harms.example.org",
            ProvenanceJson = "{}"u8.ToArray(),
        };
        var files = VersionPackage.Build(input);
        Console.WriteLine($"// {After}: {input.Version.Snapshot.Categories.Count} categories in {input.Version.Snapshot.Languages.Count} languages; " +
            string.Join(", ", files.Select(file => $"{file.Extension} {file.Content.Length / 1024.0 / 1024.0:0.0} MB")));
    }

    /// <summary>JSON, CSV, Turtle, JSON-LD, Markdown and policy text (each language for the last two) and the zip bundle.</summary>
    [Benchmark]
    public IReadOnlyList<PackagedFile> GenerateEveryFormatAndTheBundle() => VersionPackage.Build(input);

    /// <summary>What publishing adds end to end: reading the version, its predecessor and provenance, generating and storing.</summary>
    [Benchmark]
    public async Task<VersionFileSet?> GenerateAndStoreThroughTheApp()
    {
        var store = Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Delete<VersionDownloads>($"{Taxonomy.Slug}@{After}");
            await session.SaveChangesAsync();
        }

        using var files = new VersionFiles(
            Services.GetRequiredService<IServiceScopeFactory>(), store, Services.GetRequiredService<SiteIdentity>(),
            TimeProvider.System, Services.GetRequiredService<IConfiguration>(), NullLogger<VersionFiles>.Instance);
        return await files.GetAsync(Taxonomy.Slug, After, default);
    }
}
