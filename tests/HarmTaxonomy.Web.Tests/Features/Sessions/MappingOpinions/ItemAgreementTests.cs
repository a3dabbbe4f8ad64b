using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

public sealed class ItemAgreementTests : MudBunitContext
{
    private static readonly OpinionAnalysis Analysis = TwoCamps();

    public ItemAgreementTests() => Render<MudBlazor.MudPopoverProvider>();

    private IRenderedComponent<ItemAgreement> RenderBreakdown(Guid itemId, OpinionAnalysis? analysis = null) =>
        Render<ItemAgreement>(parameters => parameters.Add(breakdown => breakdown.Analysis, analysis ?? Analysis).Add(breakdown => breakdown.ItemId, itemId));

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ItemAgreement> cut, string kind, string value) =>
        cut.Find($"[data-testid='item-agreement-row'][data-kind='{kind}'][data-value='{value}']");

    [Fact]
    public void Group_informed_consensus_is_shown_to_two_decimals_with_an_explanation()
    {
        var cut = RenderBreakdown(Item(0));

        // Both groups agree 10 of 10: ((10 + 1) / (10 + 2))² = 0.8403.
        cut.Find("[data-testid='group-informed-consensus']").TextContent.Trim().ShouldBe("0.84");
        cut.Markup.ShouldContain("high only when all groups agree");
    }

    [Fact]
    public void Each_opinion_group_community_and_language_gets_its_agreement()
    {
        var cut = RenderBreakdown(Item(1));

        var campA = GroupOf(Analysis, 0);
        var campB = GroupOf(Analysis, PerCamp);
        Row(cut, "group", campA).QuerySelector("[data-testid='item-agreement-tally-numbers']")!.TextContent.ShouldBe("10 agree · 0 disagree · 0 pass");
        Row(cut, "group", campB).QuerySelector("[data-testid='item-agreement-tally-numbers']")!.TextContent.ShouldBe("0 agree · 10 disagree · 0 pass");
        Row(cut, "community", "Urban").QuerySelector("[data-testid='item-agreement-tally-numbers']")!.TextContent.ShouldBe("10 agree · 7 disagree · 0 pass");
        Row(cut, "language", "en").QuerySelector("[data-testid='item-agreement-tally-numbers']")!.TextContent.ShouldBe("10 agree · 10 disagree · 0 pass");
    }

    [Fact]
    public void A_community_of_fewer_than_five_people_is_hidden()
    {
        var cut = RenderBreakdown(Item(1));

        var rural = Row(cut, "community", "Rural");
        rural.GetAttribute("data-hidden").ShouldBe("true");
        rural.QuerySelector("[data-testid='item-agreement-hidden']")!.TextContent.ShouldBe("fewer than 5 people");
        rural.QuerySelector("[data-testid='item-agreement-tally']").ShouldBeNull();
        Row(cut, "community", "Urban").GetAttribute("data-hidden").ShouldBe("false");
    }

    [Fact]
    public void An_opinion_group_with_fewer_than_five_voters_on_the_item_is_hidden()
    {
        var few = Analysis with
        {
            Items = [.. Analysis.Items.Select(item => item.ItemId == Item(1) ? item with { ByGroup = [new VoteCounts(3, 1, 0), new VoteCounts(0, 9, 1)] } : item)],
        };

        var cut = RenderBreakdown(Item(1), few);

        Row(cut, "group", "A").GetAttribute("data-hidden").ShouldBe("true");
        Row(cut, "group", "A").TextContent.ShouldContain("fewer than 5 people");
        Row(cut, "group", "A").TextContent.ShouldNotContain("3 agree");
        Row(cut, "group", "B").QuerySelector("[data-testid='item-agreement-tally-numbers']")!.TextContent.ShouldBe("0 agree · 9 disagree · 1 pass");
    }

    [Fact]
    public void An_item_the_analysis_has_not_reached_says_it_is_coming()
    {
        var cut = RenderBreakdown(Guid.NewGuid());

        cut.Find("[data-testid='item-agreement-pending']").TextContent.ShouldContain("Not in the opinion analysis yet");
        cut.FindAll("[data-testid='group-informed-consensus']").ShouldBeEmpty();
    }
}
