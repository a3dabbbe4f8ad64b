using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Benchmarks.Taxonomies;

/// <summary>Publishing a 5,000-category draft as a new version (target &lt; 1 s).</summary>
public class PublishingBenchmarks : TaxonomyBenchmark
{
    private AlternatingRenames renames = null!;
    private string nextVersion = "";

    protected override async Task PrepareAsync()
    {
        await PublishSuggestedVersionAsync();
        renames = await AlternatingRenames.ForAsync(Writer, Taxonomy.Id);
    }

    /// <summary>Each release needs a change to publish: one relabelling, then the version the plan suggests (a patch).</summary>
    [IterationSetup]
    public void ChangeTheDraft() =>
        // BenchmarkDotNet only accepts a synchronous iteration setup; it runs outside the measured time.
        nextVersion = ChangeTheDraftAsync().GetAwaiter().GetResult();

    /// <summary>
    /// The publish command: the publication plan (snapshot of the draft and diff against the last release), the
    /// canonical JSON and its SHA-256, the event carrying the whole snapshot, and the inline projections (the version
    /// document with the snapshot, the taxonomy summary) in one commit.
    /// </summary>
    [Benchmark]
    public Task<WriteOutcome> Publish() =>
        Writer.ExecuteAsync(Taxonomy.Id, null, new PublishVersion(nextVersion, null), TaxonomySeeder.Curator, default);

    private async Task<string> ChangeTheDraftAsync()
    {
        await Writer.ExecuteAsync(Taxonomy.Id, null, renames.Next(), TaxonomySeeder.Curator, default);
        var plan = await Writer.ReadAsync(Taxonomy.Id, PublicationPlan.For, default);
        return plan.SuggestedVersion;
    }
}
