using HarmTaxonomy.Domain.Taxonomies.Provenance;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>Reads the provenance of published versions and their categories from the event store's read models.</summary>
public sealed class ProvenanceQueries
{
    /// <summary>The provenance of one published version, or null when the taxonomy or version does not exist.</summary>
    public Task<VersionProvenance?> ForVersionAsync(string slug, string version, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Provenance is being built on a branch.");

    /// <summary>The accepted proposals that shaped one category, oldest first (empty when none did).</summary>
    public Task<IReadOnlyList<AdoptionRecord>> ForCategoryAsync(string slug, Guid categoryId, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Provenance is being built on a branch.");
}
