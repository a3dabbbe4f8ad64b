using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Versions;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Versions;

public sealed class VersionTableTests : MudBunitContext
{
    private const string Sha = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

    private static readonly List<PublishedVersion> Releases =
    [
        new("1.0.0", VersionBump.Major, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), new Actor("c1", "Cora"), new string('a', 64), 12, "First release."),
        new("1.1.0", VersionBump.Minor, new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero), new Actor("c1", "Cora"), new string('b', 64), 14, "### Added\n\n- **HT-13** Scams."),
        new("2.0.0", VersionBump.Major, new DateTimeOffset(2026, 9, 3, 9, 0, 0, TimeSpan.Zero), new Actor("c2", "Ravi"), Sha, 13, ""),
    ];

    private IRenderedComponent<VersionTable> RenderTable()
    {
        Render<MudPopoverProvider>();
        return Render<VersionTable>(parameters => parameters.Add(p => p.Versions, Releases));
    }

    [Fact]
    public void Releases_are_listed_newest_first_with_date_bump_author_size_and_short_hash()
    {
        var cut = RenderTable();

        cut.FindAll("[data-testid^='version-row-']").Select(row => row.GetAttribute("data-testid"))
            .ShouldBe(["version-row-2.0.0", "version-row-1.1.0", "version-row-1.0.0"]);
        var latest = cut.Find("[data-testid='version-row-2.0.0']");
        latest.TextContent.ShouldContain("2026-09-03");
        latest.TextContent.ShouldContain("Ravi");
        latest.QuerySelector("[data-testid='bump-chip']")!.GetAttribute("data-bump").ShouldBe("major");
        cut.Find("[data-testid='version-row-1.1.0'] [data-testid='bump-chip']").GetAttribute("data-bump").ShouldBe("minor");
        cut.Find("[data-testid='version-sha-2.0.0']").TextContent.ShouldBe("3f79bb7b435b…");
    }

    [Fact]
    public void With_the_slug_each_version_links_to_its_public_page()
    {
        Render<MudPopoverProvider>();

        var cut = Render<VersionTable>(parameters => parameters.Add(p => p.Versions, Releases).Add(p => p.Slug, "community-harms"));

        cut.Find("[data-testid='version-public-1.1.0']").GetAttribute("href").ShouldBe("/taxonomies/community-harms/versions/1.1.0");
        cut.Render(parameters => parameters.Add(p => p.Slug, null));
        cut.FindAll("[data-testid^='version-public-']").ShouldBeEmpty();
    }

    [Fact]
    public void The_copy_button_copies_the_full_hash()
    {
        var cut = RenderTable();

        cut.Find("[data-testid='version-copy-2.0.0']").Click();

        JSInterop.VerifyInvoke("harmTaxonomy.copyText").Arguments.ShouldBe([Sha]);
    }

    [Fact]
    public void A_changelog_opens_under_its_row_as_rendered_markdown()
    {
        var cut = RenderTable();
        cut.FindAll("[data-testid='version-changelog-1.1.0']").ShouldBeEmpty();

        cut.Find("[data-testid='version-changelog-toggle-1.1.0']").Click();

        cut.Find("[data-testid='version-changelog-1.1.0'] h3").TextContent.ShouldBe("Added");
        cut.Find("[data-testid='version-changelog-1.1.0'] strong").TextContent.ShouldBe("HT-13");
        cut.Find("[data-testid='version-changelog-toggle-1.1.0']").GetAttribute("aria-expanded").ShouldBe("true");
    }
}
