using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

// The bodies the taxonomy API answers with, beside the read models it returns as they are (TaxonomySummary,
// DraftCategory, TaxonomyDiff, PublicationPlan). Every write answer carries the new draft version (also the ETag).

/// <summary>The whole draft: the taxonomy's facts and every category in tree order with all its texts.</summary>
public sealed record DraftDocument(
    Guid Id,
    string Slug,
    string Title,
    string Description,
    string Licence,
    IReadOnlyList<string> Languages,
    string? LatestVersion,
    long DraftVersion,
    IReadOnlyList<DraftCategory> Categories);

/// <summary>A category was written; <see cref="DraftVersion"/> is the next <c>If-Match</c>.</summary>
public sealed record CategoryWritten(Guid Id, long DraftVersion);

/// <summary>The children of <see cref="ParentId"/> (null: the top level) are in the new order.</summary>
public sealed record SiblingsOrdered(Guid? ParentId, long DraftVersion);

/// <summary>A category was added with this notation.</summary>
public sealed record CategoryCreated(Guid Id, string Notation, long DraftVersion);

/// <summary>A category was split; <see cref="Into"/> are the new categories, the first of which took its children.</summary>
public sealed record CategorySplitAnswer(Guid Id, IReadOnlyList<NewCategory> Into, long DraftVersion);

/// <summary>A category a split created.</summary>
public sealed record NewCategory(Guid Id, string Notation, string Label);

/// <summary>A mapping as stored (reference codes in their canonical casing).</summary>
public sealed record MappingWritten(Guid Id, CategoryMapping Mapping, long DraftVersion);

/// <summary>A release was published; fetch its canonical JSON from the Location and check it against <see cref="Sha256"/>.</summary>
public sealed record VersionPublished(
    string Version,
    string? PreviousVersion,
    VersionBump Bump,
    string Sha256,
    DateTimeOffset PublishedAt,
    string Changelog,
    int CategoryCount,
    long DraftVersion);

/// <summary>
/// Translation and crosswalk coverage. It is computed in the background: <see cref="Computed"/> is false until the
/// first run, and <see cref="CoveredDraftVersion"/> below <see cref="DraftVersion"/> means it trails recent edits.
/// </summary>
public sealed record CoverageAnswer(
    bool Computed,
    long CoveredDraftVersion,
    long DraftVersion,
    int ActiveCategories,
    IReadOnlyList<LanguageCoverage> Languages,
    IReadOnlyList<ReferenceCoverage> References,
    IReadOnlyList<CoverageCategory> Unmapped)
{
    public static CoverageAnswer From(CoverageReport? report, long draftVersion) => report is null
        ? new CoverageAnswer(false, 0, draftVersion, 0, [], [], [])
        : new CoverageAnswer(true, report.DraftVersion, draftVersion, report.ActiveCategories, report.Languages, report.References, report.Unmapped);
}
