using HarmTaxonomy.Domain.Taxonomies.Provenance;
using Microsoft.Extensions.Caching.Memory;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>
/// Versions' provenance once built: a published version never changes, so neither does what it contains, and pages,
/// the API and the bundle read it without going back to the stream. Bounded, as every version of every taxonomy may
/// be asked for.
/// </summary>
public sealed class ProvenanceCache : IDisposable
{
    public const int MaxVersions = 1_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxVersions });

    public VersionProvenance? Find(Guid taxonomyId, string version) =>
        cache.TryGetValue((taxonomyId, version), out VersionProvenance? provenance) ? provenance : null;

    public void Remember(Guid taxonomyId, VersionProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        cache.Set((taxonomyId, provenance.Version), provenance, new MemoryCacheEntryOptions { Size = 1 });
    }

    public void Dispose() => cache.Dispose();
}
