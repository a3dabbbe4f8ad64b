using Bunit;
using HarmTaxonomy.Web.Features.Researching.Browsing;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CommunityTaxonomyViewTests : MudBunitContext
{
    private static readonly Domain.Taxonomies.ReadModels.TaxonomyVersionDocument Latest =
        Releases.Document(Releases.Snapshot(["en", "es"], Releases.Category("HT-1", "Hate")), "1.1.0", previous: "1.0.0");

    public CommunityTaxonomyViewTests() => Render<MudPopoverProvider>();

    private IRenderedComponent<CommunityTaxonomyView> RenderView(params Domain.Taxonomies.Drafting.PublishedVersion[] versions) =>
        Render<CommunityTaxonomyView>(parameters => parameters
            .Add(p => p.Latest, Latest)
            .Add(p => p.Versions, versions)
            .Add(p => p.Release, PublicRelease.Of(Latest, [], Releases.Site)));

    [Fact]
    public void Every_release_is_listed_newest_first_with_its_changelog_and_two_releases_can_be_compared()
    {
        var cut = RenderView(Releases.Published("1.0.0", Releases.At.AddDays(-7)), Releases.Published("1.1.0", Releases.At));

        cut.FindAll("[data-testid^='taxonomy-version-link-']").Select(link => link.GetAttribute("href"))
            .ShouldBe(["/taxonomies/online-harms/versions/1.1.0", "/taxonomies/online-harms/versions/1.0.0"]);
        cut.Find("[data-testid='taxonomy-changelog-1.0.0'] strong").TextContent.ShouldBe("1.0.0");
        cut.Find("[data-testid='taxonomy-compare']").GetAttribute("href").ShouldBe("/taxonomies/online-harms/diff?from=1.0.0&to=1.1.0");
        cut.Find("[data-testid='taxonomy-licence']").TextContent.ShouldBe("CC-BY-4.0");
        cut.Find("[data-testid='taxonomy-latest-version']").GetAttribute("href").ShouldBe("/taxonomies/online-harms/versions/1.1.0");
        cut.Find("[data-testid='taxonomy-description'] strong").TextContent.ShouldBe("online");
    }

    [Fact]
    public void A_single_release_has_nothing_to_compare()
    {
        var cut = RenderView(Releases.Published("1.1.0", Releases.At));

        cut.FindAll("[data-testid='taxonomy-compare']").ShouldBeEmpty();
        cut.FindAll("[data-testid='taxonomy-open-latest']").Count.ShouldBe(1);
    }
}
