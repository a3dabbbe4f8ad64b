using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>
/// Searches the categories of every published version. The list of releases is read from PostgreSQL on each search,
/// so a version published a moment ago, on this instance or another, is found at once; each release's texts are
/// indexed in memory the first time it is searched (<see cref="SearchIndexCache"/>) and kept, since a release never changes.
/// </summary>
public sealed class CategorySearch(TaxonomyQueries queries, SearchIndexCache indexes)
{
    /// <summary>The hits, or null when <see cref="SearchQuery.Taxonomy"/> names no published taxonomy.</summary>
    public async Task<SearchResults?> SearchAsync(SearchQuery query, IReadOnlyList<TaxonomySummary> published, CancellationToken cancellationToken)
    {
        var taxonomies = query.Taxonomy is null ? published : [.. published.Where(taxonomy => taxonomy.Slug == query.Taxonomy)];
        if (query.Taxonomy is not null && taxonomies.Count == 0)
        {
            return null;
        }

        var text = SearchText.Normalize(query.Text);
        var hits = new Dictionary<(string Slug, Guid CategoryId), HitBuilder>();
        foreach (var taxonomy in taxonomies)
        {
            foreach (var release in taxonomy.Versions.OrderBy(version => version.PublishedAt))
            {
                var index = await IndexAsync(taxonomy.Slug, release.Version, cancellationToken);
                if (index is null)
                {
                    continue;
                }

                foreach (var (entry, match) in BestPerCategory(index, query, text))
                {
                    var key = (taxonomy.Slug, entry.CategoryId);
                    if (!hits.TryGetValue(key, out var hit))
                    {
                        hit = new HitBuilder(taxonomy);
                        hits[key] = hit;
                    }

                    hit.Add(release.Version, entry, match);
                }
            }
        }

        var ranked = hits.Values
            .OrderBy(hit => hit.Rank)
            .ThenBy(hit => hit.Entry!.Label.Length)
            .ThenBy(hit => hit.Entry!.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(hit => hit.Taxonomy.Slug, StringComparer.Ordinal)
            .ToList();
        return new SearchResults(query.Text, query.Language, query.Taxonomy, ranked.Count, [.. ranked.Take(query.Limit).Select(hit => hit.Build())]);
    }

    /// <summary>
    /// The best match of each category in one version. An index holds a category's languages side by side, so one
    /// pass without grouping finds them: this loop is the whole cost of a search.
    /// </summary>
    private static List<(SearchEntry Entry, SearchMatch Match)> BestPerCategory(VersionSearchIndex index, SearchQuery query, string text)
    {
        var best = new List<(SearchEntry Entry, SearchMatch Match)>();
        foreach (var entry in index.Entries)
        {
            if (!query.Covers(entry.Language) || entry.Match(text) is not { } match)
            {
                continue;
            }

            if (best.Count > 0 && best[^1].Entry.CategoryId == entry.CategoryId)
            {
                if (match.Rank < best[^1].Match.Rank)
                {
                    best[^1] = (entry, match);
                }
            }
            else
            {
                best.Add((entry, match));
            }
        }

        return best;
    }

    private async Task<VersionSearchIndex?> IndexAsync(string slug, string version, CancellationToken cancellationToken)
    {
        if (indexes.TryGet(TaxonomyVersionDocument.IdFor(slug, version), out var cached))
        {
            return cached;
        }

        var document = await queries.VersionAsync(slug, version, cancellationToken);
        return document is null ? null : indexes.GetOrBuild(document);
    }

    /// <summary>Collects one category's matches version by version; the latest version's texts are the ones shown.</summary>
    private sealed class HitBuilder(TaxonomySummary taxonomy)
    {
        private readonly List<string> versions = [];
        private SearchMatch? match;
        private string latest = "";

        public TaxonomySummary Taxonomy { get; } = taxonomy;

        public SearchEntry? Entry { get; private set; }

        /// <summary>How the shown (latest) texts match: a label renamed away from the query ranks as it reads now.</summary>
        public SearchRank Rank => match!.Rank;

        public void Add(string version, SearchEntry entry, SearchMatch found)
        {
            versions.Add(version);
            latest = version;
            Entry = entry;
            match = found;
        }

        public SearchHit Build() => new(
            Taxonomy.Slug,
            Taxonomy.Title,
            Entry!.CategoryId,
            Entry.Notation,
            Entry.Label,
            Entry.Language,
            match!.MatchedIn,
            latest,
            versions,
            Entry.Status,
            SearchHit.UrlOf(Taxonomy.Slug, Entry.CategoryId));
    }
}
