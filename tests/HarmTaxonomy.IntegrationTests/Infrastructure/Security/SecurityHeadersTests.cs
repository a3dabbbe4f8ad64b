using System.Net.Http.Headers;
using System.Text.RegularExpressions;
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

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/taxonomies/llama-guard-3", "text/html")]
    [InlineData("/api/v1/reference-taxonomies", "application/json")]
    public async Task Pages_and_api_responses_carry_a_policy_without_inline_script(string path, string mediaType)
    {
        var response = await app.CreateClient().GetAsync(path);

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        var directives = Directives(response.Headers);
        directives.ShouldBe(new Dictionary<string, string>
        {
            ["default-src"] = "'self'",
            ["script-src"] = "'self'",
            ["style-src"] = "'self' 'unsafe-inline'",
            ["img-src"] = "'self' data:",
            ["font-src"] = "'self' data:",
            ["connect-src"] = "'self'",
            ["frame-ancestors"] = "'none'",
            ["object-src"] = "'none'",
            ["base-uri"] = "'self'",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_page_holds_no_inline_script_the_policy_would_refuse()
    {
        var html = await app.CreateClient().GetStringAsync("/taxonomies");

        // Every script element has a src; an import map or any other inline script would need a hash in script-src.
        var scripts = Regex.Matches(html, "<script[^>]*>", RegexOptions.IgnoreCase);
        scripts.Count.ShouldBeGreaterThan(0);
        scripts.ShouldAllBe(script => script.Value.Contains(" src=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_with_a_way_home()
    {
        var response = await app.CreateClient().GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"not-found-home\"");
    }

    private static Dictionary<string, string> Directives(HttpResponseHeaders headers) =>
        headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");
}
