namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// How the site names itself in what it publishes: the public address that concept IRIs and citations use
/// (<c>Site:PublicBaseUrl</c>) and the publisher credited in every version (<c>Site:Publisher</c>). Both are baked
/// into a version's files when they are generated, so set them before the first release.
/// </summary>
public sealed class SiteIdentity(IConfiguration configuration)
{
    public const string PublicBaseUrlKey = "Site:PublicBaseUrl";

    public const string PublisherKey = "Site:Publisher";

    public const string DefaultPublisher = "HarmTaxonomy community";

    public string PublicBaseUrl { get; } =
        (configuration[PublicBaseUrlKey] is { Length: > 0 } configured ? configured : Infrastructure.Startup.HarmTaxonomyServices.DefaultUrl).TrimEnd('/');

    public string Publisher { get; } = configuration[PublisherKey] is { Length: > 0 } publisher ? publisher : DefaultPublisher;
}
