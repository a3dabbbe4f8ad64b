using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using Microsoft.Extensions.Configuration;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

/// <summary>Published versions built directly, for components that only read one: small ones by hand, large ones by shape.</summary>
public static class Releases
{
    public static readonly DateTimeOffset At = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A site at https://harms.example that publishes as "Harms Lab".</summary>
    public static readonly SiteIdentity Site = new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [SiteIdentity.PublicBaseUrlKey] = "https://harms.example/", [SiteIdentity.PublisherKey] = "Harms Lab" })
        .Build());

    public static VersionCategory Category(
        string notation, string english, Guid? parentId = null, string? spanish = null, string? definition = null, int position = 0) => new()
        {
            Id = Guid.CreateVersion7(),
            Notation = notation,
            ParentId = parentId,
            Position = position,
            Labels = spanish is null ? new Dictionary<string, string> { ["en"] = english } : new Dictionary<string, string> { ["en"] = english, ["es"] = spanish },
            Definitions = new Dictionary<string, string> { ["en"] = definition ?? $"What {english} means." },
        };

    public static TaxonomySnapshot Snapshot(IReadOnlyList<string> languages, params VersionCategory[] categories) =>
        new("online-harms", "Online harms", "Harms seen **online**.", "CC-BY-4.0", languages, categories);

    /// <summary>
    /// <paramref name="topLevel"/> groups of 10 children of 10 grandchildren... until <paramref name="total"/>
    /// categories, labelled in every language.
    /// </summary>
    public static TaxonomySnapshot Large(int total, IReadOnlyList<string> languages, int topLevel = 50)
    {
        var categories = new List<VersionCategory>(total);
        var parents = new List<VersionCategory>();
        for (var index = 0; index < topLevel; index++)
        {
            parents.Add(Labelled($"HT-{index + 1}", null, index, languages));
        }

        categories.AddRange(parents);
        while (categories.Count < total)
        {
            var next = new List<VersionCategory>();
            foreach (var parent in parents)
            {
                for (var child = 0; child < 10 && categories.Count < total; child++)
                {
                    var category = Labelled($"{parent.Notation}.{child + 1}", parent.Id, child, languages);
                    categories.Add(category);
                    next.Add(category);
                }
            }

            parents = next;
        }

        return Snapshot(languages, [.. categories]);
    }

    public static TaxonomyVersionDocument Document(TaxonomySnapshot snapshot, string version, string? previous = null) => new()
    {
        Id = TaxonomyVersionDocument.IdFor(snapshot.Slug, version),
        Slug = snapshot.Slug,
        Version = version,
        PreviousVersion = previous,
        Bump = VersionBump.Minor,
        Changelog = $"## {version}\n\nRelease notes.",
        Licence = snapshot.Licence,
        Sha256 = new string('a', 64),
        PublishedBy = new Actor("curator-1", "Cora"),
        PublishedAt = At,
        Snapshot = snapshot,
    };

    public static PublishedVersion Published(string version, DateTimeOffset at, int categories = 3) =>
        new(version, VersionBump.Minor, at, new Actor("curator-1", "Cora"), new string('b', 64), categories, $"Changes in **{version}**.");

    private static VersionCategory Labelled(string notation, Guid? parentId, int position, IReadOnlyList<string> languages) => new()
    {
        Id = Guid.CreateVersion7(),
        Notation = notation,
        ParentId = parentId,
        Position = position,
        Labels = languages.ToDictionary(language => language, language => $"Harm {notation} ({language})"),
        Definitions = languages.ToDictionary(language => language, language => $"Definition of {notation} in {language}."),
    };
}
