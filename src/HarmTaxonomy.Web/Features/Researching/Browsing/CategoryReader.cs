using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// Reads a category's public page: the release to show it in (the one asked for, else the latest that holds it),
/// the references its mappings name, and its history across releases. Releases come from the shared cache.
/// </summary>
public sealed class CategoryReader(PublishedTaxonomies taxonomies, TaxonomyQueries queries, ReferenceTaxonomyQueries references)
{
    public Task<TaxonomySummary?> TaxonomyAsync(string slug, CancellationToken cancellationToken) => taxonomies.FindAsync(slug, cancellationToken);

    /// <summary>The category in <paramref name="version"/> (or the latest release holding it), or null when that release does not hold it.</summary>
    public async Task<CategoryInRelease?> ReadAsync(TaxonomySummary taxonomy, Guid categoryId, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var timeline = await queries.TimelineAsync(taxonomy.Id, categoryId, cancellationToken);

        // The timeline says which releases hold the category, so one release is read, not all of them (a crawler
        // following concept URIs would otherwise pull every release of a large taxonomy into memory).
        var holding = CategoryHistory.ReleasesHolding(taxonomy.Versions, timeline);
        TaxonomyVersionDocument? chosen = null;
        if (holding is not null)
        {
            if (Choose(holding, taxonomy, version) is not { } pick)
            {
                return null;
            }

            chosen = await ReleaseAsync(taxonomy, pick, categoryId, cancellationToken);
        }

        if (chosen is null || holding is null)
        {
            (holding, chosen) = await ScanAsync(taxonomy, categoryId, version, cancellationToken);
        }

        if (chosen is null)
        {
            return null;
        }

        var tree = new Domain.Exports.VersionTree(chosen.Snapshot);
        var category = chosen.Snapshot.Categories.First(candidate => candidate.Id == categoryId);
        var history = CategoryHistory.Of(taxonomy.Versions, holding, timeline);
        return new CategoryInRelease(
            chosen, category, tree.Parent(category), tree.Replacements(category), await MappingsAsync(category, cancellationToken), history);
    }

    private static string? Choose(IReadOnlySet<string> holding, TaxonomySummary taxonomy, string? version) =>
        version is null
            ? taxonomy.Versions.LastOrDefault(published => holding.Contains(published.Version))?.Version
            : holding.Contains(version) ? version : null;

    /// <summary>The release, when it exists and holds the category.</summary>
    private async Task<TaxonomyVersionDocument?> ReleaseAsync(TaxonomySummary taxonomy, string? version, Guid categoryId, CancellationToken cancellationToken) =>
        version is not null && await taxonomies.VersionAsync(taxonomy, version, cancellationToken) is { } release
            && release.Snapshot.Categories.Any(category => category.Id == categoryId)
            ? release
            : null;

    /// <summary>Reads every release: for a category whose timeline does not tell (or disagrees with the releases).</summary>
    private async Task<(IReadOnlySet<string> Holding, TaxonomyVersionDocument? Chosen)> ScanAsync(
        TaxonomySummary taxonomy, Guid categoryId, string? version, CancellationToken cancellationToken)
    {
        var holding = new List<TaxonomyVersionDocument>();
        foreach (var published in taxonomy.Versions)
        {
            if (await ReleaseAsync(taxonomy, published.Version, categoryId, cancellationToken) is { } release)
            {
                holding.Add(release);
            }
        }

        var chosen = version is null ? holding.LastOrDefault() : holding.FirstOrDefault(release => release.Version == version);
        return (holding.Select(release => release.Version).ToHashSet(StringComparer.Ordinal), chosen);
    }

    private async Task<IReadOnlyList<MappingRow>> MappingsAsync(VersionCategory category, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, ReferenceTaxonomy>(StringComparer.Ordinal);
        foreach (var slug in category.Mappings.Select(mapping => mapping.Reference).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await references.FindAsync(slug, cancellationToken) is { } reference)
            {
                named[slug] = reference;
            }
        }

        return [.. category.Mappings.Select(mapping => MappingRow.Of(mapping, named))];
    }
}
