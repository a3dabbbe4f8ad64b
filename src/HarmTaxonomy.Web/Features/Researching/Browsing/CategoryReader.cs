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
        var releases = new List<TaxonomyVersionDocument>();
        foreach (var published in taxonomy.Versions)
        {
            if (await taxonomies.VersionAsync(taxonomy, published.Version, cancellationToken) is { } release)
            {
                releases.Add(release);
            }
        }

        var holding = releases.Where(release => release.Snapshot.Categories.Any(category => category.Id == categoryId)).ToList();
        var chosen = version is null ? holding.LastOrDefault() : holding.FirstOrDefault(release => release.Version == version);
        if (chosen is null)
        {
            return null;
        }

        var tree = new Domain.Exports.VersionTree(chosen.Snapshot);
        var category = chosen.Snapshot.Categories.First(candidate => candidate.Id == categoryId);
        var timeline = await queries.TimelineAsync(taxonomy.Id, categoryId, cancellationToken);
        var history = CategoryHistory.Of(taxonomy.Versions, holding.Select(release => release.Version).ToHashSet(StringComparer.Ordinal), timeline);
        return new CategoryInRelease(
            chosen, category, tree.Parent(category), tree.Replacements(category), await MappingsAsync(category, cancellationToken), history);
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
