using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Researching.Browsing;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class VersionCategoryTreeTests : MudBunitContext
{
    // The search waits for a pause in typing; a loaded test machine needs more than bUnit's default second.
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(10);

    private readonly VersionCategory hate = Releases.Category("HT-1", "Hate", spanish: "Odio", definition: "Attacks on people for who they are.");
    private readonly VersionCategory slurs;
    private readonly VersionCategory harassment;
    private readonly VersionCategory doxxing;

    public VersionCategoryTreeTests()
    {
        Render<MudPopoverProvider>();
        slurs = Releases.Category("HT-1.1", "Slurs", hate.Id, definition: "Insults that dehumanise.");
        harassment = Releases.Category("HT-2", "Harassment", spanish: "Acoso", position: 1);
        doxxing = Releases.Category("HT-3", "Doxxing", position: 2) with
        {
            Status = CategoryStatus.Deprecated,
            Deprecation = new Deprecation(DeprecationKind.MergedInto, [harassment.Id], "Same harm."),
        };
    }

    private TaxonomySnapshot Small => Releases.Snapshot(["en", "es"], hate, slurs, harassment, doxxing);

    private IRenderedComponent<VersionCategoryTree> RenderVersionTree(TaxonomySnapshot snapshot) =>
        Render<VersionCategoryTree>(parameters => parameters
            .Add(p => p.Index, new VersionTreeIndex(snapshot))
            .Add(p => p.Slug, "online-harms")
            .Add(p => p.Version, "1.0.0"));

    [Fact]
    public void Five_thousand_categories_in_three_languages_draw_only_the_top_level_then_at_most_the_row_limit()
    {
        var snapshot = Releases.Large(5_000, ["en", "es", "fr"]);

        var cut = RenderVersionTree(snapshot);

        cut.FindAll("[data-testid='version-row']").Count.ShouldBe(50);
        cut.Find("[data-testid='version-expand-all']").Click();
        cut.FindAll("[data-testid='version-row']").Count.ShouldBe(VersionCategoryTree.RowLimit);
        cut.Find("[data-testid='version-show-more']").TextContent.ShouldContain($"{VersionCategoryTree.RowLimit} of 5000");
    }

    [Fact]
    public void A_search_in_a_large_version_draws_a_bounded_number_of_matches_and_says_how_many_there_are()
    {
        var cut = RenderVersionTree(Releases.Large(5_000, ["en", "es", "fr"]));

        cut.Find("input[data-testid='version-search']").Input("definition of");

        cut.WaitForAssertion(() => cut.Find("[data-testid='version-search-count']").TextContent.ShouldContain("5000"), Debounce);
        cut.FindAll("[data-testid='version-row']").Count.ShouldBeLessThanOrEqualTo(VersionCategoryTree.SearchLimit * 2);
    }

    [Fact]
    public void Search_finds_categories_by_definition_and_shows_them_under_their_parents()
    {
        var cut = RenderVersionTree(Small);

        cut.Find("input[data-testid='version-search']").Input("dehumanise");

        cut.WaitForAssertion(() => Notations(cut).ShouldBe(["HT-1", "HT-1.1"]), Debounce);
        cut.Find("[data-testid='version-search-count']").TextContent.ShouldContain("1");
    }

    [Fact]
    public void Search_finds_categories_by_notation()
    {
        var cut = RenderVersionTree(Small);

        cut.Find("input[data-testid='version-search']").Input("ht-2");

        cut.WaitForAssertion(() => Notations(cut).ShouldBe(["HT-2"]), Debounce);
    }

    [Fact]
    public void A_search_without_matches_says_what_to_try()
    {
        var cut = RenderVersionTree(Small);

        cut.Find("input[data-testid='version-search']").Input("nothing like this");

        cut.WaitForAssertion(() => cut.Find("[data-testid='version-no-match']").TextContent.ShouldContain("Try a shorter word"), Debounce);
    }

    [Fact]
    public void Switching_language_shows_translated_labels_and_marks_the_ones_shown_in_the_source_language()
    {
        var cut = RenderVersionTree(Small);
        cut.FindAll("[data-testid='version-fallback']").ShouldBeEmpty();

        var select = cut.FindComponent<MudSelect<string>>();
        cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("es"));

        cut.WaitForAssertion(() => Labels(cut).ShouldBe(["HT-1Odio", "HT-2Acoso", "HT-3Doxxing"]));
        cut.FindAll("[data-testid='version-fallback']").Count.ShouldBe(1);
        cut.Find("[data-testid='version-fallback']").TextContent.ShouldBe("(en)");
    }

    [Fact]
    public void The_language_switch_offers_the_version_s_languages()
    {
        var cut = RenderVersionTree(Releases.Snapshot(["en", "es", "fr"], hate));

        cut.FindComponents<MudSelectItem<string>>().Select(item => item.Instance.Value).ShouldBe(["en", "es", "fr"]);
    }

    [Fact]
    public void Search_looks_in_the_chosen_language()
    {
        var cut = RenderVersionTree(Small);
        var select = cut.FindComponent<MudSelect<string>>();
        cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("es"));

        cut.Find("input[data-testid='version-search']").Input("acoso");

        cut.WaitForAssertion(() => Notations(cut).ShouldBe(["HT-2"]), Debounce);
    }

    [Fact]
    public void Expanding_a_category_shows_its_children_and_every_category_links_to_its_page()
    {
        var cut = RenderVersionTree(Small);
        Notations(cut).ShouldBe(["HT-1", "HT-2", "HT-3"]);

        cut.Find("[data-testid='version-toggle-HT-1'] button, button[data-testid='version-toggle-HT-1']").Click();

        Notations(cut).ShouldBe(["HT-1", "HT-1.1", "HT-2", "HT-3"]);
        cut.FindAll("[data-testid='version-category-link']")[1].GetAttribute("href")
            .ShouldBe($"/taxonomies/online-harms/categories/{slurs.Id}?version=1.0.0");
    }

    [Fact]
    public void A_deprecated_category_shows_a_chip_and_links_to_its_replacements()
    {
        var cut = RenderVersionTree(Small);

        var row = cut.Find("[data-notation='HT-3']");
        row.QuerySelector("[data-testid='version-deprecated']").ShouldNotBeNull();
        var replacement = row.QuerySelector("[data-testid='version-replacements'] a")!;
        replacement.TextContent.ShouldBe("HT-2");
        replacement.GetAttribute("href").ShouldBe($"/taxonomies/online-harms/categories/{harassment.Id}?version=1.0.0");
    }

    [Fact]
    public void An_empty_version_says_so()
    {
        var cut = RenderVersionTree(Releases.Snapshot(["en"]));

        cut.Find("[data-testid='version-tree-empty']").TextContent.ShouldBe("This version has no categories.");
    }

    private static string[] Notations(IRenderedComponent<VersionCategoryTree> cut) =>
        [.. cut.FindAll("[data-testid='version-row']").Select(row => row.GetAttribute("data-notation")!)];

    private static string[] Labels(IRenderedComponent<VersionCategoryTree> cut) =>
        [.. cut.FindAll("[data-testid='version-category-link']").Select(link => link.TextContent.Trim())];
}
