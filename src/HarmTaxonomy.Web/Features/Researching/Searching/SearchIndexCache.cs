using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Microsoft.Extensions.Caching.Memory;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>
/// Built search indexes of published versions, by <c>{slug}@{version}</c>. Versions are immutable, so an index is
/// never invalidated; the budget (<c>Research:SearchIndexCategories</c>, default 100,000 categories: twenty releases
/// of 5,000) bounds memory, and an evicted index is simply rebuilt from the version document on the next search.
/// </summary>
public sealed class SearchIndexCache(IConfiguration configuration) : IDisposable
{
    public const string BudgetKey = "Research:SearchIndexCategories";

    private readonly MemoryCache cache = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(1, configuration.GetValue(BudgetKey, 100_000)),
    });

    public VersionSearchIndex GetOrBuild(TaxonomyVersionDocument version) =>
        cache.GetOrCreate(version.Id, entry =>
        {
            entry.Size = Math.Max(1, version.Snapshot.Categories.Count);
            return VersionSearchIndex.Build(version);
        })!;

    public bool TryGet(string versionId, out VersionSearchIndex? index) => cache.TryGetValue(versionId, out index);

    public void Dispose() => cache.Dispose();
}
