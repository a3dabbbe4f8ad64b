using Bunit;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CommunityCatalogueTests : MudBunitContext
{
    [Fact]
    public void Each_published_taxonomy_is_a_row_with_its_latest_release_and_a_link_to_its_page()
    {
        var listing = CommunityListing.Of(Releases.Document(
            Releases.Snapshot(["en", "es"], Releases.Category("HT-1", "Hate"), Releases.Category("HT-2", "Harassment", position: 1)), "1.1.0"));

        var cut = Render<CommunityCatalogue>(parameters => parameters.Add(p => p.Items, [listing]));

        var row = cut.Find("[data-testid='catalogue-community-row']");
        row.QuerySelector("[data-testid='catalogue-community-link-online-harms']")!.GetAttribute("href").ShouldBe("/taxonomies/online-harms");
        row.QuerySelector("[data-testid='catalogue-community-link-online-harms']")!.TextContent.ShouldBe("Online harms");
        row.QuerySelector("[data-testid='catalogue-community-version']")!.TextContent.Trim().ShouldBe("Version 1.1.0 · 2026-11-28");
        row.QuerySelector("[data-testid='catalogue-community-licence']")!.TextContent.ShouldBe("Licence: CC-BY-4.0");
        row.QuerySelector("[data-testid='catalogue-community-count']")!.TextContent.ShouldBe("2 categories");
        row.QuerySelectorAll("[data-testid='catalogue-community-language']").Select(chip => chip.TextContent.Trim()).ShouldBe(["en", "es"]);
        row.QuerySelector("strong")!.TextContent.ShouldBe("online");
    }

    [Fact]
    public void Without_a_published_taxonomy_the_catalogue_says_how_one_appears()
    {
        var cut = Render<CommunityCatalogue>(parameters => parameters.Add(p => p.Items, []));

        cut.Find("[data-testid='catalogue-community-empty']").TextContent.ShouldContain("Curators publish one from their draft");
        cut.FindAll("[data-testid='catalogue-community-row']").ShouldBeEmpty();
    }
}
