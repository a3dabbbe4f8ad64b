using Bunit;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Listing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Listing;

public sealed class TaxonomyTableTests : MudBunitContext
{
    public TaxonomyTableTests() => Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    [Fact]
    public void Each_taxonomy_opens_its_draft_and_shows_its_languages_size_and_release()
    {
        var published = Summary("en", "es") with { Slug = "youth-harms", Title = "Youth harms", ActiveCategoryCount = 12, LatestVersion = "1.2.0" };
        var cut = RenderTable([Summary("en"), published]);

        cut.Find("[data-testid='taxonomy-open-youth-harms']").GetAttribute("href").ShouldBe("/curation/youth-harms/draft");
        var row = cut.Find("[data-testid='taxonomy-open-youth-harms']").Closest("tr")!;
        row.QuerySelectorAll(".mud-chip").Select(chip => chip.TextContent.Trim()).ShouldBe(["en", "es"]);
        cut.Find("[data-testid='taxonomy-count-youth-harms']").TextContent.Trim().ShouldBe("12");
        cut.Find("[data-testid='taxonomy-version-youth-harms']").TextContent.Trim().ShouldBe("1.2.0");
        cut.Find("[data-testid='taxonomy-version-community-harms']").TextContent.Trim().ShouldBe("unpublished");
        row.TextContent.ShouldContain("1 h ago");
    }

    [Fact]
    public void Searching_keeps_the_matching_taxonomies()
    {
        var cut = RenderTable([Summary("en"), Summary("en") with { Slug = "youth-harms", Title = "Youth harms" }]);

        cut.Find("input[data-testid='taxonomies-search']").Input("youth");

        cut.WaitForAssertion(() => cut.FindAll("tbody tr").Count.ShouldBe(1));
    }

    [Fact]
    public void An_empty_list_tells_curators_to_create_the_first_taxonomy()
    {
        var created = 0;
        var cut = Render<TaxonomyTable>(parameters => parameters
            .Add(table => table.Items, [])
            .Add(table => table.CanEdit, true)
            .Add(table => table.OnCreate, () => created++));

        cut.Find("[data-testid='taxonomies-empty']").TextContent.ShouldContain("Create the first taxonomy");
        cut.Find("[data-testid='taxonomy-create-first']").Click();
        created.ShouldBe(1);
    }

    [Fact]
    public void An_empty_list_tells_everyone_else_to_ask_a_curator()
    {
        var cut = RenderTable([], canEdit: false);

        cut.Find("[data-testid='taxonomies-empty']").TextContent.ShouldContain("Curators create taxonomies; ask one");
        cut.FindAll("[data-testid='taxonomy-create-first']").ShouldBeEmpty();
    }

    private IRenderedComponent<TaxonomyTable> RenderTable(IReadOnlyList<TaxonomySummary> items, bool canEdit = true) =>
        Render<TaxonomyTable>(parameters => parameters.Add(table => table.Items, items).Add(table => table.CanEdit, canEdit));
}
