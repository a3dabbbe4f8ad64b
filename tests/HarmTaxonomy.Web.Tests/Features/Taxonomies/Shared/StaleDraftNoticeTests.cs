using Bunit;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

public sealed class StaleDraftNoticeTests : MudBunitContext
{
    [Fact]
    public void Lists_who_changed_what_and_offers_the_latest_draft()
    {
        var reloads = 0;
        var stale = new StaleDraftException(7, 9, [Entry("Renamed in en to “Threats”", Now, 8), Entry("Moved to another parent", Now, 9)]);

        var cut = Render<StaleDraftNotice>(parameters => parameters
            .Add(notice => notice.Stale, stale)
            .Add(notice => notice.OnReload, () => reloads++));

        cut.FindAll("[data-testid='stale-draft-changes'] li").Select(item => item.TextContent)
            .ShouldBe(["Ana: Renamed in en to “Threats”", "Ana: Moved to another parent"]);
        cut.Find("[data-testid='stale-draft-reload']").Click();
        reloads.ShouldBe(1);
    }

    [Fact]
    public void Shows_nothing_while_the_draft_is_current()
    {
        var cut = Render<StaleDraftNotice>(parameters => parameters.Add(notice => notice.Stale, (StaleDraftException?)null));

        cut.Markup.Trim().ShouldBeEmpty();
    }
}
