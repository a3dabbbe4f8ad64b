using HarmTaxonomy.Domain.Exports;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>A published version with the facts a citation states, addressed at this site's public pages.</summary>
public static class PublicRelease
{
    public const string Publisher = "HarmTaxonomy";

    /// <param name="baseUri">The site's absolute base address, ending in a slash (NavigationManager.BaseUri).</param>
    public static VersionRelease Of(TaxonomyVersionDocument version, string baseUri)
    {
        ArgumentNullException.ThrowIfNull(version);
        var root = baseUri.TrimEnd('/');
        return new VersionRelease(
            version.Snapshot,
            version.Version,
            version.PublishedAt,
            [version.PublishedBy.Name],
            Publisher,
            root + PublicUrls.Version(version.Slug, version.Version),
            root + PublicUrls.Taxonomy(version.Slug));
    }
}
