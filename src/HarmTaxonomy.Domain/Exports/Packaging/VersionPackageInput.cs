using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// Everything the downloads of one published version are made from. All of it is fixed when the version is
/// published, so the files (and their hashes) never change once generated.
/// </summary>
public sealed record VersionPackageInput
{
    public required TaxonomyVersionDocument Version { get; init; }

    /// <summary>The snapshot of <see cref="TaxonomyVersionDocument.PreviousVersion"/>; null for a first version.</summary>
    public TaxonomySnapshot? Previous { get; init; }

    /// <summary>Every version up to and including this one, oldest first, for <c>CHANGELOG.md</c>.</summary>
    public IReadOnlyList<PublishedVersion> History { get; init; } = [];

    /// <summary>The curators credited as authors, in order of first contribution.</summary>
    public IReadOnlyList<string> Curators { get; init; } = [];

    /// <summary>The community that publishes the taxonomy (credited when no curator is named, and as publisher).</summary>
    public required string Publisher { get; init; }

    /// <summary>The site's public address without a trailing slash; concept IRIs and links hang off it.</summary>
    public required string PublicBaseUrl { get; init; }

    /// <summary><c>provenance.json</c>, already serialized: sessions, votes, analysis seeds, rule and curators.</summary>
    public required byte[] ProvenanceJson { get; init; }

    public string? Doi { get; init; }

    public string TaxonomyUrl => $"{PublicBaseUrl}/taxonomies/{Version.Slug}";

    public string VersionUrl => $"{TaxonomyUrl}/versions/{Version.Version}";

    /// <summary>The stem every file name starts with, e.g. <c>community-harms-1.2.0</c>.</summary>
    public string Stem => $"{Version.Slug}-{Version.Version}";

    public VersionRelease Release => new(Version.Snapshot, Version.Version, Version.PublishedAt, Curators, Publisher, VersionUrl, TaxonomyUrl, Doi);
}
