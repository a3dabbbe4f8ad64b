using System.Net;
using System.Text.Json;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

public sealed class SearchingTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Anyone_finds_published_categories_exact_label_first_then_prefix_then_contains_then_definition()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        var slug = await curator.CreateTaxonomyAsync("rank");
        var stalking = await curator.AddAsync(slug, "Stalking", "Following someone; a form of harassment.");
        await curator.AddAsync(slug, "Workplace harassment");
        await curator.AddAsync(slug, "Harassment online");
        var harassment = await curator.AddAsync(slug, "Harassment");
        await curator.AddAsync(slug, "Scams");
        var version = await curator.PublishAsync(slug);

        var results = await SearchAsync($"q=harassment&taxonomy={slug}");

        Labels(results).ShouldBe(["Harassment", "Harassment online", "Workplace harassment", "Stalking"]);
        var hits = results.GetProperty("hits");
        hits.EnumerateArray().Select(hit => hit.GetProperty("matchedIn").GetString()).ShouldBe(["label", "label", "label", "definition"]);
        results.GetProperty("total").GetInt32().ShouldBe(4);
        var first = hits[0];
        first.GetProperty("categoryId").GetGuid().ShouldBe(harassment);
        first.GetProperty("taxonomy").GetString().ShouldBe(slug);
        first.GetProperty("title").GetString().ShouldBe("Taxonomy rank");
        first.GetProperty("language").GetString().ShouldBe("en");
        first.GetProperty("status").GetString().ShouldBe("active");
        first.GetProperty("latestVersion").GetString().ShouldBe(version);
        first.GetProperty("versions").EnumerateArray().Select(item => item.GetString()).ShouldBe([version]);
        first.GetProperty("url").GetString().ShouldBe($"/taxonomies/{slug}/categories/{harassment}");
        hits[3].GetProperty("categoryId").GetGuid().ShouldBe(stalking);
        Labels(await SearchAsync($"q=harassment&taxonomy={slug}&limit=2")).ShouldBe(["Harassment", "Harassment online"]);
    }

    [Fact]
    public async Task Case_and_accents_are_ignored_and_lang_keeps_one_language()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        var slug = await curator.CreateTaxonomyAsync("accents");
        var category = await curator.AddAsync(slug, "Disinformation");
        await curator.WriteAsync(slug, category, "es", "Desinformación", "Información falsa difundida a propósito.");
        await curator.PublishAsync(slug);

        var spanish = await SearchAsync($"q=DESINFORMACION&lang=es&taxonomy={slug}");
        Labels(spanish).ShouldBe(["Desinformación"]);
        spanish.GetProperty("hits")[0].GetProperty("language").GetString().ShouldBe("es");
        spanish.GetProperty("language").GetString().ShouldBe("es");

        Labels(await SearchAsync($"q=desinformación&lang=en&taxonomy={slug}")).ShouldBeEmpty();
        Labels(await SearchAsync($"q=informacion falsa&taxonomy={slug}")).ShouldBe(["Desinformación"]);
        Labels(await SearchAsync($"q=disinfo&taxonomy={slug}")).ShouldBe(["Disinformation"]);
    }

    [Fact]
    public async Task A_category_is_one_hit_across_versions_showing_its_latest_texts_and_drafts_stay_unsearched()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        var slug = await curator.CreateTaxonomyAsync("versions");
        var doxxing = await curator.AddAsync(slug, "Doxxing");
        var first = await curator.PublishAsync(slug);
        await curator.WriteAsync(slug, doxxing, "en", "Doxxing and outing");
        await curator.AddAsync(slug, "Doxxing threats");
        var second = await curator.PublishAsync(slug);
        await curator.AddAsync(slug, "Doxxing drafts");

        var results = await SearchAsync($"q=doxxing&taxonomy={slug}");

        Labels(results).ShouldBe(["Doxxing threats", "Doxxing and outing"]);
        var renamed = results.GetProperty("hits").EnumerateArray().Single(hit => hit.GetProperty("categoryId").GetGuid() == doxxing);
        renamed.GetProperty("versions").EnumerateArray().Select(item => item.GetString()).ShouldBe([first, second]);
        renamed.GetProperty("latestVersion").GetString().ShouldBe(second);
    }

    [Fact]
    public async Task Alternative_labels_and_notations_are_searched_too()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        var slug = await curator.CreateTaxonomyAsync("alt");
        var bullying = await curator.AddAsync(slug, "Intimidation", notation: "7.4");
        await curator.AltLabelsAsync(slug, bullying, "en", "Cyberbullying");
        await curator.PublishAsync(slug);

        var byAltLabel = await SearchAsync($"q=cyberbully&taxonomy={slug}");
        Labels(byAltLabel).ShouldBe(["Intimidation"]);
        byAltLabel.GetProperty("hits")[0].GetProperty("matchedIn").GetString().ShouldBe("altLabel");
        var byNotation = await SearchAsync($"q=7.4&taxonomy={slug}");
        byNotation.GetProperty("hits")[0].GetProperty("matchedIn").GetString().ShouldBe("notation");
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=a", "q")]
    [InlineData("q=harm&lang=not%20a%20tag", "lang")]
    [InlineData("q=harm&limit=0", "limit")]
    [InlineData("q=harm&limit=101", "limit")]
    [InlineData("q=harm&limit=many", "limit")]
    public async Task A_malformed_search_is_a_400_problem_naming_its_field(string query, string field)
    {
        using var http = app.CreateClient();

        using var response = await http.GetAsync($"/api/v1/search?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorsFor(field).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_query_longer_than_200_characters_is_refused()
    {
        using var http = app.CreateClient();

        using var response = await http.GetAsync($"/api/v1/search?q={new string('x', 201)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorsFor("q").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_taxonomy_is_a_404_listing_the_published_ones()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        var published = await curator.CreateTaxonomyAsync("listed");
        await curator.AddAsync(published, "Listed harm");
        await curator.PublishAsync(published);
        var unpublished = await curator.CreateTaxonomyAsync("unlisted");

        using var http = app.CreateClient();
        using var response = await http.GetAsync($"/api/v1/search?q=harm&taxonomy={unpublished}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await response.ProblemAsync()).GetProperty("detail").GetString()!.Split("Published taxonomies:")[1];
        listed.ShouldContain(published);
        listed.ShouldNotContain(unpublished);
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync($"/api/v1/search?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static List<string> Labels(JsonElement results) =>
        [.. results.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("label").GetString()!)];
}
