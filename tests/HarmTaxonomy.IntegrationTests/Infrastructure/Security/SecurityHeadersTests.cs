using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Security;

public sealed class SecurityHeadersTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/reference-taxonomies")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_sniffing_framing_and_leaking_urls(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_with_a_way_home()
    {
        var response = await app.CreateClient().GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"not-found-home\"");
    }
}
