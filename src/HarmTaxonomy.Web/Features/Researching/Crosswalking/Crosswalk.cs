using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Web.Features.Researching.Crosswalking;

/// <summary>
/// A published version read against one reference taxonomy: for each reference category (in the publisher's order)
/// the categories of ours that map to it and how, the active categories of ours that map to nothing in it, and the
/// share of the reference that something of ours covers. Deprecated categories are left out, as in the coverage report.
/// </summary>
public sealed record Crosswalk(
    string Taxonomy,
    string Version,
    CrosswalkReference Reference,
    IReadOnlyList<CrosswalkRow> Rows,
    IReadOnlyList<CrosswalkCategory> UnmappedCategories,
    CrosswalkCoverage Coverage)
{
    public static Crosswalk Build(TaxonomyVersionDocument version, ReferenceTaxonomy reference, string? language)
    {
        var snapshot = version.Snapshot;
        var labelLanguage = language ?? snapshot.SourceLanguage;
        var active = snapshot.Categories.Where(category => category.Status == Domain.Taxonomies.Drafting.CategoryStatus.Active).ToList();
        var byCode = active
            .SelectMany(category => category.Mappings
                .Where(mapping => mapping.Reference == reference.Slug && mapping.Code is not null)
                .Select(mapping => (Code: mapping.Code!, Match: new CrosswalkMatch(category.Id, category.Notation, category.LabelIn(labelLanguage), mapping.Relation))))
            .ToLookup(pair => pair.Code, pair => pair.Match, StringComparer.Ordinal);
        var rows = reference.Categories
            .Select(category => new CrosswalkRow(category.Code, category.Name, [.. byCode[category.Code]]))
            .ToList();
        var unmapped = active
            .Where(category => !category.Mappings.Any(mapping => mapping.Reference == reference.Slug))
            .Select(category => new CrosswalkCategory(category.Id, category.Notation, category.LabelIn(labelLanguage)))
            .ToList();
        var covered = rows.Count(row => row.Matches.Count > 0);
        return new Crosswalk(
            snapshot.Slug,
            version.Version,
            CrosswalkReference.From(reference),
            rows,
            unmapped,
            new CrosswalkCoverage(rows.Count, covered, rows.Count == 0 ? 0 : Math.Round((double)covered / rows.Count, 4)));
    }
}

/// <summary>The reference taxonomy's facts a citation of the crosswalk needs.</summary>
public sealed record CrosswalkReference(string Slug, string Name, string Version, string Publisher, string Licence, string Source)
{
    public static CrosswalkReference From(ReferenceTaxonomy reference) =>
        new(reference.Slug, reference.Name, reference.Version, reference.Publisher, reference.Licence, reference.SourceUrl);
}

/// <summary>One reference category and the categories of ours mapped to it (none when it is a gap).</summary>
public sealed record CrosswalkRow(string ReferenceCode, string ReferenceName, IReadOnlyList<CrosswalkMatch> Matches);

/// <summary>A category of ours and its SKOS mapping relation (<c>exactMatch</c>, <c>broadMatch</c>…) to the reference category.</summary>
public sealed record CrosswalkMatch(Guid CategoryId, string Notation, string Label, string Relation);

/// <summary>An active category of ours that maps to nothing in the reference taxonomy.</summary>
public sealed record CrosswalkCategory(Guid CategoryId, string Notation, string Label);

/// <summary>How many reference categories there are, how many something of ours maps to, and that share (0–1, four decimals).</summary>
public sealed record CrosswalkCoverage(int ReferenceCategories, int Covered, double Ratio);
