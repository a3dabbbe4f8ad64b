using System.Net;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>
/// The public pages as an anonymous visitor gets them (prerendered HTML, no sign-in): every page of a published
/// taxonomy answers, bad addresses say what exists, and nothing of the draft leaks.
/// </summary>
public sealed class PublicPagesTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>, IAsyncLifetime
{
    private const string Route = TaxonomyApiCaller.Route;
    private const string DraftOnly = "Only in the draft";

    private string slug = "";
    private Guid hate;
    private Guid slurs;

    public async Task InitializeAsync()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        slug = await curator.CreateTaxonomyAsync("public");
        hate = await curator.AddCategoryAsync(slug, "Hate");
        slurs = await curator.AddCategoryAsync(slug, "Slurs", hate);
        (await curator.PostAsync($"{Route}/{slug}/versions", new { version = "1.0.0", changelog = "First release." })).EnsureSuccessStatusCode();
        await curator.AddCategoryAsync(slug, "Harassment");
        (await curator.PostAsync($"{Route}/{slug}/versions", new { version = "1.1.0", changelog = "Adds **Harassment**." })).EnsureSuccessStatusCode();
        await curator.AddCategoryAsync(slug, DraftOnly);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_catalogue_lists_the_published_taxonomy_before_the_reference_ones()
    {
        var html = await PageAsync("/taxonomies");

        html.ShouldContain($"data-testid=\"catalogue-community-link-{slug}\"");
        html.IndexOf("catalogue-community-row", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("catalogue-table", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_taxonomy_page_shows_its_releases_and_how_to_cite_the_latest()
    {
        var html = await PageAsync($"/taxonomies/{slug}");

        html.ShouldContain("data-testid=\"citation-text\"");
        html.ShouldContain("(Version 1.1.0) [Data set]");
        html.ShouldContain($"data-testid=\"taxonomy-version-link-1.0.0\"");
        html.ShouldContain("<strong>Harassment</strong>");
        html.ShouldContain($"/taxonomies/{slug}/diff?from=1.0.0&amp;to=1.1.0");
    }

    [Fact]
    public async Task The_version_page_draws_the_tree_and_never_the_draft()
    {
        var html = await PageAsync($"/taxonomies/{slug}/versions/1.1.0");

        html.ShouldContain("data-testid=\"version-tree\"");
        html.ShouldContain("Harassment");
        html.ShouldContain($"href=\"/api/v1/taxonomies/{slug}/versions/1.1.0.zip\"");
        html.ShouldContain($"href=\"/api/v1/taxonomies/{slug}/versions/1.1.0.ttl\"");
        html.ShouldNotContain(DraftOnly);
    }

    [Fact]
    public async Task An_older_version_is_still_there_without_what_came_later()
    {
        var html = await PageAsync($"/taxonomies/{slug}/versions/1.0.0");

        html.ShouldContain("data-testid=\"version-not-latest\"");
        html.ShouldContain("Hate");
        html.ShouldNotContain("Harassment");
    }

    [Fact]
    public async Task A_version_never_published_lists_the_ones_that_were()
    {
        var html = await PageAsync($"/taxonomies/{slug}/versions/9.9.9");

        html.ShouldContain("data-testid=\"version-not-found\"");
        html.ShouldContain($"href=\"/taxonomies/{slug}/versions/1.0.0\"");
    }

    [Fact]
    public async Task A_category_address_is_its_page_with_labels_mappings_provenance_and_history()
    {
        var html = await PageAsync($"/taxonomies/{slug}/categories/{slurs}");

        html.ShouldContain("data-testid=\"category-labels\"");
        html.ShouldContain("data-testid=\"category-mappings\"");
        html.ShouldContain("data-testid=\"provenance-empty\"");
        html.ShouldContain("data-testid=\"category-history\"");
        html.ShouldContain("About Slurs.");
        html.ShouldContain($"href=\"/taxonomies/{slug}/categories/{hate}?version=1.1.0\"");
    }

    [Fact]
    public async Task A_category_asked_for_in_a_version_that_does_not_hold_it_says_so()
    {
        var html = await PageAsync($"/taxonomies/{slug}/categories/{Guid.NewGuid()}");

        html.ShouldContain("data-testid=\"category-not-found\"");
    }

    [Fact]
    public async Task The_diff_compares_two_releases_and_offers_the_migration_map()
    {
        var html = await PageAsync($"/taxonomies/{slug}/diff?from=1.0.0&to=1.1.0");

        html.ShouldContain("data-testid=\"diff-view\"");
        html.ShouldContain($"/api/v1/taxonomies/{slug}/migration-map.json?from=1.0.0&amp;to=1.1.0");
        html.ShouldContain($"/api/v1/taxonomies/{slug}/migration-map.csv?from=1.0.0&amp;to=1.1.0");
    }

    [Theory]
    [InlineData("?from=draft&to=1.1.0")]
    [InlineData("?from=not%20a%20version&to=1.1.0")]
    [InlineData("?from=1.0.0&to=7.0.0")]
    public async Task A_diff_with_a_version_that_is_not_a_release_shows_a_message(string query)
    {
        var html = await PageAsync($"/taxonomies/{slug}/diff{query}");

        html.ShouldContain("data-testid=\"diff-problem\"");
        html.ShouldContain("1.1.0, 1.0.0");
        html.ShouldNotContain("data-testid=\"diff-view\"");
    }

    [Fact]
    public async Task A_taxonomy_without_a_release_says_it_is_not_published_yet()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var unpublished = await curator.CreateTaxonomyAsync("unpublished");

        var html = await PageAsync($"/taxonomies/{unpublished}");

        html.ShouldContain("data-testid=\"taxonomy-unpublished\"");
    }

    [Fact]
    public async Task A_reference_taxonomy_keeps_its_own_page()
    {
        var html = await PageAsync("/taxonomies/llama-guard-3");

        html.ShouldContain("data-testid=\"taxonomy-source\"");
        html.ShouldNotContain("data-testid=\"citation-text\"");
    }

    [Fact]
    public async Task A_community_taxonomy_cannot_take_a_reference_taxonomy_s_slug()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);

        var response = await curator.PostAsync(Route, new { slug = "llama-guard-3", title = "Our guard", languages = new[] { "en" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorsFor("slug").Single().ShouldContain("reference taxonomy Llama Guard 3");
    }

    private async Task<string> PageAsync(string path)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }
}
