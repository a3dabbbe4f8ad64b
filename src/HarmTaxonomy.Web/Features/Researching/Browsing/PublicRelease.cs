using HarmTaxonomy.Domain.Exports;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Researching.Downloading;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// A published version with the facts a citation states, exactly as its bundle's CITATION.cff and README state them:
/// the site's public address and publisher, and the curators its provenance credits.
/// </summary>
public static class PublicRelease
{
    /// <param name="curators">The curators the version's provenance credits; empty credits the one who published it.</param>
    public static VersionRelease Of(TaxonomyVersionDocument version, IReadOnlyList<string> curators, SiteIdentity site)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(curators);
        ArgumentNullException.ThrowIfNull(site);
        return new VersionRelease(
            version.Snapshot,
            version.Version,
            version.PublishedAt,
            curators.Count > 0 ? curators : [version.PublishedBy.Name],
            site.Publisher,
            site.PublicBaseUrl + PublicUrls.Version(version.Slug, version.Version),
            site.PublicBaseUrl + PublicUrls.Taxonomy(version.Slug));
    }
}
