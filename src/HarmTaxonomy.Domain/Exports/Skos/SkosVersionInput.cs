using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// What a SKOS export of one published version needs beyond the snapshot itself: its release facts, who made and
/// publishes it, where the site lives (for stable IRIs) and, when there was a previous version, the diff from it
/// (which becomes <c>skos:changeNote</c>s).
/// </summary>
public sealed record SkosVersionInput
{
    public required TaxonomySnapshot Snapshot { get; init; }

    public required string Version { get; init; }

    public string? PreviousVersion { get; init; }

    public required DateOnly Issued { get; init; }

    /// <summary>Names of the curators who made the version.</summary>
    public IReadOnlyList<string> Creators { get; init; } = [];

    public string? Publisher { get; init; }

    /// <summary>The site's public address, e.g. <c>https://harms.example.org</c>; concept IRIs hang off it.</summary>
    public required string PublicBaseUrl { get; init; }

    /// <summary>The diff from <see cref="PreviousVersion"/> to this version, if any.</summary>
    public TaxonomyDiff? ChangesFromPrevious { get; init; }
}
