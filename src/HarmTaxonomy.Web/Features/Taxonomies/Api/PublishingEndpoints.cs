using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// <c>POST /{slug}/versions</c>: publish the draft as an immutable release. A version smaller than the changes
/// require is refused with a 400 whose <c>minimumVersion</c> names the smallest one allowed.
/// </summary>
public static class PublishingEndpoints
{
    public static RouteGroupBuilder MapPublishing(this RouteGroupBuilder group)
    {
        group.MapPost("/{slug}/versions", (string slug, JsonBody<PublishRequest> body, HttpContext http, DraftApiWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new PublishVersion(body.Value.Version, body.Value.Changelog, body.Value.Reason),
                outcome =>
                {
                    var published = outcome.Events.OfType<TaxonomyVersionPublished>().Single();
                    return TypedResults.Created(
                        $"{TaxonomyApi.Route}/{slug}/versions/{published.Version}",
                        new VersionPublished(
                            published.Version, published.PreviousVersion, published.Bump, published.Sha256, published.At, published.Changelog,
                            published.Snapshot.Categories.Count, outcome.DraftVersion));
                },
                cancellationToken))
            .DocumentedWrite("Publish the draft as a version", "Freezes the draft as an immutable release. The version must be the next major, minor or patch that the changes allow (GET …/publication-plan says which); an empty changelog gets the generated one. Answers 201 with the version's SHA-256 and its URL as `Location`.")
            .Accepts(TaxonomyApiExamples.PublishRequest)
            .Returns(TaxonomyApiExamples.Published, StatusCodes.Status201Created);

        return group;
    }
}
