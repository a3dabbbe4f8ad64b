using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// One drawn line of a version's category tree: the category, its depth, whether it opens, whether it matched a
/// search, its label in the chosen language (<see cref="IsFallback"/> when the source language's stands in) and, for a
/// deprecated category, what replaces it.
/// </summary>
public sealed record VersionTreeRow(
    VersionCategory Category,
    int Depth,
    bool HasChildren,
    bool Expanded,
    bool Match,
    string Label,
    bool IsFallback,
    IReadOnlyList<VersionCategory> Replacements);
