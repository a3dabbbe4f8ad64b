using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// What the public pages may read of community taxonomies: published versions only, never the draft. Releases
/// never change, so the version documents come from the shared cache.
/// </summary>
public sealed class PublishedTaxonomies(TaxonomyQueries queries)
{
    /// <summary>Every community taxonomy with at least one release, as its latest release describes it, by title.</summary>
    public async Task<IReadOnlyList<CommunityListing>> ListAsync(CancellationToken cancellationToken)
    {
        var listings = new List<CommunityListing>();
        foreach (var taxonomy in await queries.ListAsync(cancellationToken))
        {
            if (taxonomy.LatestVersion is { } latest && await queries.VersionAsync(taxonomy.Slug, latest, cancellationToken) is { } document)
            {
                listings.Add(CommunityListing.Of(document));
            }
        }

        return [.. listings.OrderBy(listing => listing.Title, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The community taxonomy with this slug, published or not (null when there is none).</summary>
    public Task<TaxonomySummary?> FindAsync(string slug, CancellationToken cancellationToken) => queries.FindAsync(slug, cancellationToken);

    /// <summary>A published version, or null when the taxonomy has no release of that number ("draft" is never one).</summary>
    public async Task<TaxonomyVersionDocument?> VersionAsync(TaxonomySummary taxonomy, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return taxonomy.Versions.Any(published => published.Version == version)
            ? await queries.VersionAsync(taxonomy.Slug, version, cancellationToken)
            : null;
    }

    /// <summary>The diff between two releases (the caller has checked both are releases).</summary>
    public Task<Domain.Taxonomies.Versions.TaxonomyDiff> DiffAsync(TaxonomySummary taxonomy, string from, string to, CancellationToken cancellationToken) =>
        queries.DiffAsync(taxonomy, from, to, cancellationToken);
}
