using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>A category as one release holds it, with what its page shows around it: parent, replacements, mappings and history.</summary>
public sealed record CategoryInRelease(
    TaxonomyVersionDocument Release,
    VersionCategory Category,
    VersionCategory? Parent,
    IReadOnlyList<VersionCategory> Replacements,
    IReadOnlyList<MappingRow> Mappings,
    IReadOnlyList<CategoryHistoryStep> History);
