using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>Translation coverage per language and the crosswalk gap report, computed from <see cref="TaxonomyCoverage"/>.</summary>
public sealed record CoverageReport(
    int ActiveCategories,
    IReadOnlyList<LanguageCoverage> Languages,
    IReadOnlyList<ReferenceCoverage> References,
    IReadOnlyList<CoverageCategory> Unmapped,
    long DraftVersion)
{
    /// <summary>Only active categories count: deprecated ones need no translation and no mapping.</summary>
    public static CoverageReport From(TaxonomyCoverage coverage, IReadOnlyList<ReferenceTaxonomy> references)
    {
        var active = coverage.Categories
            .Where(pair => pair.Value.Active)
            .OrderBy(pair => pair.Value.Notation, StringComparer.Ordinal)
            .ToList();
        var languages = coverage.Languages.Select(language => new LanguageCoverage(
            language,
            active.Count(pair => pair.Value.Labelled.Contains(language)),
            active.Count(pair => pair.Value.Defined.Contains(language)),
            active.Count(pair => pair.Value.ScopeNoted.Contains(language)),
            [.. active.Where(pair => !pair.Value.Labelled.Contains(language)).Select(pair => Category(pair.Key, pair.Value))])).ToList();

        var referenceCoverage = references.Select(reference =>
        {
            var prefix = reference.Slug + ":";
            var mappedCodes = active
                .SelectMany(pair => pair.Value.MappedTo)
                .Where(target => target.StartsWith(prefix, StringComparison.Ordinal))
                .Select(target => target[prefix.Length..])
                .ToHashSet(StringComparer.Ordinal);
            var ours = active.Count(pair => pair.Value.MappedTo.Any(target => target.StartsWith(prefix, StringComparison.Ordinal)));
            return new ReferenceCoverage(
                reference.Slug,
                reference.Name,
                reference.Categories.Count,
                reference.Categories.Count(category => mappedCodes.Contains(category.Code)),
                ours,
                [.. reference.Categories.Where(category => !mappedCodes.Contains(category.Code))]);
        }).ToList();

        var unmapped = active
            .Where(pair => !pair.Value.MappedTo.Any(target => references.Any(reference => target.StartsWith(reference.Slug + ":", StringComparison.Ordinal))))
            .Select(pair => Category(pair.Key, pair.Value))
            .ToList();
        return new CoverageReport(active.Count, languages, referenceCoverage, unmapped, coverage.DraftVersion);
    }

    private static CoverageCategory Category(Guid id, CoverageEntry entry) => new(id, entry.Notation, entry.Label);
}

public sealed record CoverageCategory(Guid Id, string Notation, string Label);

/// <summary>How many active categories have a label, a definition and a scope note in one language, and which lack a label.</summary>
public sealed record LanguageCoverage(string Language, int Labelled, int Defined, int ScopeNoted, IReadOnlyList<CoverageCategory> MissingLabel);

/// <summary>
/// The crosswalk with one reference taxonomy: how many of its categories something of ours maps to, how many of ours
/// map to it, and (the gap) its categories nothing of ours maps to.
/// </summary>
public sealed record ReferenceCoverage(
    string Reference,
    string Name,
    int ReferenceCategories,
    int ReferenceCategoriesCovered,
    int OurCategoriesMapped,
    IReadOnlyList<ReferenceCategory> NotCovered);
