using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>An immutable published version: its facts, its changelog, its hash and the full snapshot.</summary>
public sealed record TaxonomyVersionDocument
{
    /// <summary><c>{slug}@{version}</c>: slugs never change, so the id is stable and readable.</summary>
    public required string Id { get; init; }

    public Guid TaxonomyId { get; init; }

    public required string Slug { get; init; }

    public required string Version { get; init; }

    public string? PreviousVersion { get; init; }

    public VersionBump Bump { get; init; }

    public required string Changelog { get; init; }

    public required string Licence { get; init; }

    public required string Sha256 { get; init; }

    public required Actor PublishedBy { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public required TaxonomySnapshot Snapshot { get; init; }

    public static string IdFor(string slug, string version) => $"{slug}@{version}";

    public static TaxonomyVersionDocument From(TaxonomyVersionPublished published) => new()
    {
        Id = IdFor(published.Snapshot.Slug, published.Version),
        TaxonomyId = published.TaxonomyId,
        Slug = published.Snapshot.Slug,
        Version = published.Version,
        PreviousVersion = published.PreviousVersion,
        Bump = published.Bump,
        Changelog = published.Changelog,
        Licence = published.Licence,
        Sha256 = published.Sha256,
        PublishedBy = published.By,
        PublishedAt = published.At,
        Snapshot = published.Snapshot,
    };
}
