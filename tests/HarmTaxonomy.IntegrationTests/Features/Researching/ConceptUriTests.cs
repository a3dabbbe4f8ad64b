using System.Net;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>A category's SKOS concept URI is its public page for people and leads RDF clients to the data describing it.</summary>
public sealed class ConceptUriTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>, IAsyncLifetime
{
    private PublishedPair published = default!;

    public async Task InitializeAsync() => published = await PublishedPair.PublishAsync(await TaxonomyApiCaller.CuratorAsync(app), "concepts");

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("text/turtle", "ttl")]
    [InlineData("application/ld+json", "jsonld")]
    [InlineData("text/html;q=0.5, text/turtle", "ttl")]
    public async Task An_rdf_client_is_sent_to_the_latest_release_that_describes_the_concept(string accept, string extension)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/taxonomies/{published.Slug}/categories/{published.Hate}");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/taxonomies/{published.Slug}/versions/2.0.0.{extension}");
        response.Headers.Vary.ShouldContain("Accept");
        var described = await client.GetStringAsync(response.Headers.Location);
        described.ShouldContain($"/taxonomies/{published.Slug}/categories/{published.Hate}");
    }

    [Fact]
    public async Task A_browser_gets_the_page()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/taxonomies/{published.Slug}/categories/{published.Hate}");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task An_unknown_concept_is_not_redirected()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/taxonomies/{published.Slug}/categories/{Guid.NewGuid()}");
        request.Headers.TryAddWithoutValidation("Accept", "text/turtle");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldNotBe(HttpStatusCode.SeeOther);
    }
}
