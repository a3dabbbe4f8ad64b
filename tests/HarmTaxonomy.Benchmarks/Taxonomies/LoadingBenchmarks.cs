using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Taxonomies.Generating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Benchmarks.Taxonomies;

/// <summary>Reading a 5,000-category draft: the editor's tree (target &lt; 100 ms) and, for information, a cold write model.</summary>
public class LoadingBenchmarks : TaxonomyBenchmark
{
    protected override async Task PrepareAsync()
    {
        // A taxonomy being edited has usually been released once: its stream then also holds a full snapshot.
        await PublishSuggestedVersionAsync();
        var tree = await Queries.TreeAsync(Taxonomy.Id, default);
        if (tree.Count != SyntheticTaxonomy.CategoryCount)
        {
            throw new InvalidOperationException($"The draft tree has {tree.Count} categories, not {SyntheticTaxonomy.CategoryCount}.");
        }
    }

    /// <summary>The tree the editor shows: every category's id, parent, position, notation, status and labels, in tree order.</summary>
    [Benchmark]
    public Task<IReadOnlyList<DraftTreeNode>> LoadDraftTree() => Queries.TreeAsync(Taxonomy.Id, default);

    /// <summary>
    /// What the first write after a restart pays: an empty draft cache replays the whole stream (about 17,000 events
    /// and one release) into the write model. Later writes only read the events they have not seen.
    /// </summary>
    [Benchmark]
    public async Task<TaxonomyDraft?> ColdLoadWriteModel()
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await new TaxonomyDraftCache().CurrentAsync(session, Taxonomy.Id, default);
    }
}
