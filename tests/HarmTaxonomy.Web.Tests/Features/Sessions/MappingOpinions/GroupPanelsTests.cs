using Bunit;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

public sealed class GroupPanelsTests : MudBunitContext
{
    private static readonly Domain.Analysis.OpinionAnalysis Analysis = TwoCamps();

    public GroupPanelsTests() => Render<MudBlazor.MudPopoverProvider>();

    private IRenderedComponent<GroupPanels> RenderPanels() =>
        Render<GroupPanels>(parameters => parameters.Add(panels => panels.Analysis, Analysis).Add(panels => panels.Items, Items));

    [Fact]
    public void Each_group_shows_its_letter_and_size()
    {
        var cut = RenderPanels();

        var groups = cut.FindAll("[data-testid='opinion-group']");
        groups.Select(group => group.GetAttribute("data-group")).ShouldBe(["A", "B"]);
        groups.ShouldAllBe(group => group.QuerySelector("[data-testid='opinion-group-size']")!.TextContent.Trim() == "10 people");
        groups[0].QuerySelector("[data-testid='opinion-group-title']")!.TextContent.ShouldBe("Group A");
    }

    [Fact]
    public void A_group_is_represented_by_what_its_camp_alone_holds_with_its_share_against_the_rest()
    {
        var cut = RenderPanels();
        var campA = GroupOf(Analysis, 0);

        var group = cut.Find($"[data-testid='opinion-group'][data-group='{campA}']");
        var items = group.QuerySelectorAll("[data-testid='group-representative-item']");
        items.Length.ShouldBe(5);
        foreach (var item in items)
        {
            var number = Items[Guid.Parse(item.GetAttribute("data-item-id")!)].Number - 1;
            var stance = number % 2 == 1 ? "agree" : "disagree";
            item.GetAttribute("data-stance").ShouldBe(stance);
            item.TextContent.ShouldContain(TextOf(number));
            item.QuerySelector("[data-testid='group-representative-stance']")!.TextContent.Trim().ShouldBe(stance);
            var share = item.QuerySelector("[data-testid='group-representative-share']")!.TextContent.Trim();
            share.ShouldStartWith("100");
            share.ShouldEndWith($"of group {campA} {stance}");
            item.QuerySelector("[data-testid='group-representative-rest']")!.TextContent.ShouldContain("0");
            item.QuerySelector("[data-testid='group-representative-rest']")!.TextContent.ShouldEndWith("of everyone else");
        }
    }

    [Fact]
    public void The_consensus_panel_lists_what_everyone_agrees_on_with_its_share()
    {
        var cut = Render<ConsensusPanel>(parameters => parameters.Add(panel => panel.Analysis, Analysis).Add(panel => panel.Items, Items));

        var agreed = cut.FindAll("[data-testid='consensus-item'][data-stance='agree']");
        agreed.Count.ShouldBe(1);
        agreed[0].GetAttribute("data-item-id").ShouldBe(Item(0).ToString());
        agreed[0].QuerySelector("[data-testid='consensus-item-text']")!.TextContent.ShouldBe(TextOf(0));
        var share = agreed[0].QuerySelector("[data-testid='consensus-item-share']")!.TextContent.Trim();
        share.ShouldStartWith("100");
        share.ShouldEndWith("agree · 20 votes");
        cut.FindAll("[data-testid='consensus-item'][data-stance='disagree']").ShouldBeEmpty();
        cut.FindAll("[data-testid='consensus-empty']").ShouldBeEmpty();
    }

    [Fact]
    public void A_room_without_consensus_says_so()
    {
        var divided = Analysis with { Consensus = new Domain.Analysis.ConsensusItems([], []) };

        var cut = Render<ConsensusPanel>(parameters => parameters.Add(panel => panel.Analysis, divided).Add(panel => panel.Items, Items));

        cut.Find("[data-testid='consensus-empty']").TextContent.ShouldContain("Nothing has broad agreement");
        cut.FindAll("[data-testid='consensus-item']").ShouldBeEmpty();
    }
}
