using Bunit;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class VersionFactsTests : MudBunitContext
{
    [Fact]
    public void A_release_names_its_hash_and_links_to_the_one_before_and_what_changed_since()
    {
        var release = Releases.Document(Releases.Snapshot(["en"], Releases.Category("HT-1", "Hate")), "1.1.0", previous: "1.0.0");

        var cut = Render<VersionFacts>(parameters => parameters.Add(p => p.Version, release));

        cut.Find("[data-testid='version-sha']").TextContent.ShouldBe(new string('a', 64));
        cut.Find("[data-testid='version-previous']").GetAttribute("href").ShouldBe("/taxonomies/online-harms/versions/1.0.0");
        cut.Find("[data-testid='version-diff-previous']").GetAttribute("href").ShouldBe("/taxonomies/online-harms/diff?from=1.0.0&to=1.1.0");
    }

    [Fact]
    public void A_first_release_says_it_is_the_first()
    {
        var release = Releases.Document(Releases.Snapshot(["en"]), "1.0.0");

        var cut = Render<VersionFacts>(parameters => parameters.Add(p => p.Version, release));

        cut.FindAll("[data-testid='version-previous']").ShouldBeEmpty();
        cut.Find("[data-testid='version-facts']").TextContent.ShouldContain("this is the first release");
    }
}
