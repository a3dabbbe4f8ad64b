using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Microsoft.Extensions.Caching.Memory;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>
/// Keeps recently read published versions in memory. A release never changes, so a cached one is never stale; and a
/// large one is megabytes of JSON to fetch and parse, which would otherwise dominate every diff and download.
/// The budget counts categories (<c>Taxonomies:VersionCacheCategories</c>, default 50,000: about ten releases of
/// 5,000 categories); the least recently used releases leave first.
/// </summary>
public sealed class PublishedVersionCache(IConfiguration configuration) : IDisposable
{
    public const string BudgetKey = "Taxonomies:VersionCacheCategories";

    private readonly MemoryCache cache = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(1, configuration.GetValue(BudgetKey, 50_000)),
    });

    public async Task<TaxonomyVersionDocument?> GetAsync(string id, Func<Task<TaxonomyVersionDocument?>> load)
    {
        if (cache.TryGetValue(id, out TaxonomyVersionDocument? cached))
        {
            return cached;
        }

        var loaded = await load();
        if (loaded is not null)
        {
            // Absent versions are not remembered: they may be published a moment later.
            Add(loaded);
        }

        return loaded;
    }

    /// <summary>Remembers a release this instance has just published, so the first diff against it is already warm.</summary>
    public void Add(TaxonomyVersionDocument version) =>
        cache.Set(version.Id, version, new MemoryCacheEntryOptions { Size = Math.Max(1, version.Snapshot.Categories.Count) });

    public void Dispose() => cache.Dispose();
}
