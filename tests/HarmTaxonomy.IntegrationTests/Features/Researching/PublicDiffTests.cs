using System.Net;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>Diffs and migration maps between published versions are public; the draft still needs a token.</summary>
public sealed class PublicDiffTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>, IAsyncLifetime
{
    private const string Route = TaxonomyApiCaller.Route;

    private PublishedPair published = default!;

    private TaxonomyApiCaller curator = default!;

    public async Task InitializeAsync()
    {
        curator = await TaxonomyApiCaller.CuratorAsync(app);
        published = await PublishedPair.PublishAsync(curator, "diffs");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anyone_can_diff_two_published_versions()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"{Route}/{published.Slug}/diff?from=1.0.0&to=2.0.0");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var diff = await response.JsonAsync();
        diff.GetProperty("deprecated")[0].GetProperty("category").GetProperty("id").GetGuid().ShouldBe(published.Hate);
        diff.GetProperty("requiredBump").GetString().ShouldBe("major");
    }

    [Fact]
    public async Task The_migration_map_downloads_as_json_and_as_csv()
    {
        using var anonymous = app.CreateClient();

        var json = await (await anonymous.GetAsync($"{Route}/{published.Slug}/migration-map.json?from=1.0.0&to=2.0.0")).JsonAsync();
        var csvResponse = await anonymous.GetAsync($"{Route}/{published.Slug}/migration-map.csv?from=1.0.0&to=2.0.0");

        json.GetProperty("from").GetString().ShouldBe("1.0.0");
        var hate = json.GetProperty("migration").EnumerateArray().Single(entry => entry.GetProperty("from").GetGuid() == published.Hate);
        hate.GetProperty("kind").GetString().ShouldBe("replaced");
        hate.GetProperty("to").EnumerateArray().Single().GetGuid().ShouldBe(published.Harassment);
        csvResponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csvResponse.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{published.Slug}-1.0.0-to-2.0.0-migration.csv");
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("from id,from notation,kind,to ids,to notations");
        lines.Length.ShouldBe(5);
        lines.ShouldContain(line => line.StartsWith($"{published.Hate},", StringComparison.Ordinal) && line.Contains($",replaced,{published.Harassment},", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from=1.0&to=2.0.0", "from")]
    [InlineData("from=1.0.0&to=latest", "to")]
    [InlineData("to=2.0.0", "from")]
    public async Task A_malformed_or_missing_side_is_a_400_naming_it(string query, string field)
    {
        using var anonymous = app.CreateClient();

        foreach (var path in new[] { $"{Route}/{published.Slug}/diff?{query}", $"{Route}/{published.Slug}/migration-map.csv?{query}" })
        {
            var response = await anonymous.GetAsync(path);

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ProblemAsync()).ErrorsFor(field).ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task An_unknown_version_is_a_404_listing_the_versions()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"{Route}/{published.Slug}/diff?from=1.0.0&to=3.0.0");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("1.0.0, 2.0.0");
    }

    [Fact]
    public async Task Comparing_with_the_draft_needs_a_token_with_taxonomies_read()
    {
        using var anonymous = app.CreateClient();

        var withoutToken = await anonymous.GetAsync($"{Route}/{published.Slug}/diff?from=2.0.0&to=draft");
        var withToken = await curator.GetAsync($"{Route}/{published.Slug}/diff?from=2.0.0&to=draft");

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutToken.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("taxonomies.read");
        withToken.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
