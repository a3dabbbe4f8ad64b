using System.Net;
using System.Net.Http.Json;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ReferenceTaxonomies.Browsing;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.IntegrationTests.Features.ReferenceTaxonomies;

public sealed class ReferenceCatalogueTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task The_catalogue_api_lists_every_imported_reference_taxonomy()
    {
        var client = app.CreateClient();

        var catalogue = await client.GetFromJsonAsync<List<ReferenceTaxonomySummary>>("/api/v1/reference-taxonomies");

        catalogue.ShouldNotBeNull();
        catalogue.Count.ShouldBe(ReferenceTaxonomySeed.All.Count);
        var llamaGuard = catalogue.Single(taxonomy => taxonomy.Slug == "llama-guard-3");
        llamaGuard.Name.ShouldBe("Llama Guard 3");
        llamaGuard.Publisher.ShouldBe("Meta");
        llamaGuard.CategoryCount.ShouldBe(14);
        catalogue.Single(taxonomy => taxonomy.Slug == "air-2024").CategoryCount.ShouldBe(377);
    }

    [Fact]
    public async Task One_reference_taxonomy_comes_with_its_categories_source_and_licence()
    {
        var client = app.CreateClient();

        var taxonomy = await client.GetFromJsonAsync<ReferenceTaxonomyDocument>("/api/v1/reference-taxonomies/mlcommons-ailuminate-v1.0");

        taxonomy.ShouldNotBeNull();
        taxonomy.Categories.Count.ShouldBe(19);
        taxonomy.Categories.ShouldContain(category => category.Code == "vcr" && category.ParentCode == "physical");
        taxonomy.SourceUrl.ShouldStartWith("https://");
        taxonomy.Licence.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_problem()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/reference-taxonomies/no-such-taxonomy");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem!.Detail.ShouldNotBeNull().ShouldContain("no-such-taxonomy");
    }

    [Fact]
    public async Task An_overlong_slug_is_a_400_problem()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/reference-taxonomies/{new string('a', 61)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_catalogue_page_shows_the_imported_taxonomies_in_its_table()
    {
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/taxonomies");

        html.ShouldContain("data-testid=\"catalogue-table\"");
        html.ShouldContain("Llama Guard 3");
        html.ShouldContain("NIST AI 600-1");
        html.ShouldContain("data-testid=\"taxonomy-count-air-2024\"");
    }

    [Fact]
    public async Task A_taxonomy_page_shows_its_category_tree_source_and_licence()
    {
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/taxonomies/llama-guard-3");

        html.ShouldContain("data-testid=\"category-tree\"");
        html.ShouldContain("Violent Crimes");
        html.ShouldContain("data-testid=\"taxonomy-source\"");
        html.ShouldContain("data-testid=\"taxonomy-licence\"");
    }

    [Fact]
    public async Task The_home_page_and_catalogue_speak_Spanish_once_chosen()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var choose = await client.GetAsync("/culture/set?culture=es&redirectUri=/taxonomies");
        choose.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        choose.Headers.Location!.OriginalString.ShouldBe("/taxonomies");
        var cookie = choose.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/taxonomies");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        html.ShouldContain("<html lang=\"es\"");
        html.ShouldContain("Taxonomías de referencia");
    }

    [Fact]
    public async Task The_language_switch_refuses_unknown_cultures_and_foreign_redirects()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await client.GetAsync("/culture/set?culture=xx&redirectUri=/")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var offsite = await client.GetAsync("/culture/set?culture=es&redirectUri=//evil.example");
        offsite.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
