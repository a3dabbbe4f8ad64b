using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Benchmarks.Taxonomies;

/// <summary>One edit of a 5,000-category draft through the app's write path (target &lt; 20 ms).</summary>
public class EditingBenchmarks : TaxonomyBenchmark
{
    private AlternatingRenames renames = null!;
    private long draftVersion;

    protected override async Task PrepareAsync()
    {
        renames = await AlternatingRenames.ForAsync(Writer, Taxonomy.Id);
        // Reading through the writer also warms the draft cache, as the editor's first page load does.
        draftVersion = await Writer.ReadAsync(Taxonomy.Id, draft => draft.Version, default);
    }

    /// <summary>
    /// A curator renames a category: stream version check, decision on the cached write model, append, and the
    /// inline projections (the category's document, its timeline and the taxonomy summary) in one commit.
    /// </summary>
    [Benchmark]
    public async Task<WriteOutcome> OneEdit()
    {
        var outcome = await Writer.ExecuteAsync(Taxonomy.Id, draftVersion, renames.Next(), TaxonomySeeder.Curator, default);
        draftVersion = outcome.DraftVersion;
        return outcome;
    }
}
