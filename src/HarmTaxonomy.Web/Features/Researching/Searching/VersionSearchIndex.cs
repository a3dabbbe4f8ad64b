using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Researching.Searching;

/// <summary>
/// The searchable texts of one published version, normalized once: one entry per category and language. A version
/// never changes, so an index built from it never goes stale.
/// </summary>
public sealed class VersionSearchIndex
{
    private VersionSearchIndex(string slug, string version, IReadOnlyList<SearchEntry> entries)
    {
        Slug = slug;
        Version = version;
        Entries = entries;
    }

    public string Slug { get; }

    public string Version { get; }

    public IReadOnlyList<SearchEntry> Entries { get; }

    public static VersionSearchIndex Build(TaxonomyVersionDocument version)
    {
        var entries = new List<SearchEntry>();
        foreach (var category in version.Snapshot.Categories)
        {
            var notation = SearchText.Normalize(category.Notation);
            var languages = category.Labels.Keys.Concat(category.Definitions.Keys).Concat(category.AltLabels.Keys).Distinct(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                var label = category.Labels.GetValueOrDefault(language);
                entries.Add(new SearchEntry(
                    category.Id,
                    category.Notation,
                    category.Status,
                    language,
                    label ?? category.LabelIn(language),
                    label is null ? "" : SearchText.Normalize(label),
                    [.. category.AltLabels.GetValueOrDefault(language, []).Select(SearchText.Normalize)],
                    notation,
                    category.Definitions.TryGetValue(language, out var definition) ? SearchText.Normalize(definition) : ""));
            }
        }

        return new VersionSearchIndex(version.Snapshot.Slug, version.Version, entries);
    }
}

/// <summary>One category's texts in one language, normalized by <see cref="SearchText"/>.</summary>
public sealed record SearchEntry(
    Guid CategoryId,
    string Notation,
    CategoryStatus Status,
    string Language,
    string Label,
    string NormalizedLabel,
    IReadOnlyList<string> NormalizedAltLabels,
    string NormalizedNotation,
    string NormalizedDefinition)
{
    /// <summary>How well this entry matches (lower is better), or null; see <see cref="SearchMatch"/> for the order.</summary>
    public SearchMatch? Match(string query)
    {
        if (NormalizedLabel.Length > 0 && NormalizedLabel == query)
        {
            return new SearchMatch(SearchRank.ExactLabel, MatchedIn.Label);
        }

        if (NormalizedLabel.StartsWith(query, StringComparison.Ordinal))
        {
            return new SearchMatch(SearchRank.LabelPrefix, MatchedIn.Label);
        }

        if (NormalizedLabel.Contains(query, StringComparison.Ordinal))
        {
            return new SearchMatch(SearchRank.LabelContains, MatchedIn.Label);
        }

        if (NormalizedAltLabels.Any(alternative => alternative.Contains(query, StringComparison.Ordinal)))
        {
            return new SearchMatch(SearchRank.AltLabelOrNotation, MatchedIn.AltLabel);
        }

        if (NormalizedNotation.Contains(query, StringComparison.Ordinal))
        {
            return new SearchMatch(SearchRank.AltLabelOrNotation, MatchedIn.Notation);
        }

        return NormalizedDefinition.Contains(query, StringComparison.Ordinal) ? new SearchMatch(SearchRank.Definition, MatchedIn.Definition) : null;
    }
}

/// <summary>Where a query matched, as the API reports it.</summary>
public static class MatchedIn
{
    public const string Label = "label";
    public const string AltLabel = "altLabel";
    public const string Notation = "notation";
    public const string Definition = "definition";
}

/// <summary>The ranking: the label said exactly, then a label starting with the query, then one containing it, then the rest.</summary>
public enum SearchRank
{
    ExactLabel,
    LabelPrefix,
    LabelContains,
    AltLabelOrNotation,
    Definition,
}

/// <summary>How one entry matched: its rank and the field (<see cref="MatchedIn"/>) the query was found in.</summary>
public sealed record SearchMatch(SearchRank Rank, string MatchedIn);
