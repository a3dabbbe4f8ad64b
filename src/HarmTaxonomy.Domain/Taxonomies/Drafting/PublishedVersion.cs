using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>A line in a taxonomy's release history.</summary>
public sealed record PublishedVersion(string Version, VersionBump Bump, DateTimeOffset PublishedAt, Actor By, string Sha256, int CategoryCount, string Changelog)
{
    public static PublishedVersion From(TaxonomyVersionPublished published) => new(
        published.Version, published.Bump, published.At, published.By, published.Sha256, published.Snapshot.Categories.Count, published.Changelog);
}
