using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// A community taxonomy as the public catalogue lists it: only what its latest release says. A small record,
/// because it is carried from prerendering into the circuit.
/// </summary>
public sealed record CommunityListing(
    string Slug,
    string Title,
    string Description,
    string Licence,
    IReadOnlyList<string> Languages,
    string LatestVersion,
    DateTimeOffset PublishedAt,
    int CategoryCount)
{
    /// <summary>
    /// The listing as the latest release tells it: the draft's newer title or description stay private until they
    /// are published.
    /// </summary>
    public static CommunityListing Of(TaxonomyVersionDocument latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var snapshot = latest.Snapshot;
        return new CommunityListing(
            latest.Slug, snapshot.Title, snapshot.Description, latest.Licence, snapshot.Languages, latest.Version, latest.PublishedAt, snapshot.Categories.Count);
    }
}
