using System.Globalization;
using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

public sealed class OpinionMapChartTests : MudBunitContext
{
    private static readonly OpinionAnalysis Analysis = TwoCamps();

    public OpinionMapChartTests() => Render<MudBlazor.MudPopoverProvider>();

    private IRenderedComponent<OpinionMapChart> RenderMap(Guid? me = null, int myVotes = 0, OpinionAnalysis? analysis = null) =>
        Render<OpinionMapChart>(parameters => parameters
            .Add(map => map.Analysis, analysis ?? Analysis)
            .Add(map => map.Items, Items)
            .Add(map => map.Me, me)
            .Add(map => map.MyVotes, myVotes));

    [Fact]
    public void Every_counted_participant_is_a_dot_of_their_group()
    {
        var cut = RenderMap();

        var dots = cut.FindAll("[data-testid='opinion-map-dot']");
        dots.Count.ShouldBe(PerCamp * 2);
        dots.Count(dot => dot.GetAttribute("data-group") == "A").ShouldBe(PerCamp);
        dots.Count(dot => dot.GetAttribute("data-group") == "B").ShouldBe(PerCamp);
        dots.Select(dot => dot.GetAttribute("fill")).Distinct().Count().ShouldBe(2);
        cut.FindAll("[data-testid='opinion-map-legend']").Select(entry => entry.TextContent.Trim()).ShouldBe(["A · 10 people", "B · 10 people"]);
    }

    [Fact]
    public void The_map_sums_itself_up_for_screen_readers()
    {
        var cut = RenderMap(me: Person(0));

        var plot = cut.Find("[data-testid='opinion-map-plot']");
        plot.GetAttribute("role").ShouldBe("img");
        plot.GetAttribute("aria-label").ShouldBe("2 opinion groups: A (10 people), B (10 people)");
        var table = cut.Find("[data-testid='opinion-map-table']");
        table.ClassList.ShouldContain("sr-only");
        table.QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        table.TextContent.ShouldContain($"{GroupOf(Analysis, 0)} (your group)");
    }

    [Fact]
    public void My_own_dot_is_marked_with_my_group()
    {
        var cut = RenderMap(me: Person(PerCamp + 2), myVotes: DivisiveItems + 1);

        var me = cut.Find("[data-testid='opinion-map-me']");
        me.GetAttribute("data-group").ShouldBe(GroupOf(Analysis, PerCamp + 2));
        me.TextContent.ShouldContain("You");
        cut.FindAll("[data-testid='opinion-map-not-counted']").ShouldBeEmpty();
    }

    [Fact]
    public void Someone_not_on_the_map_is_told_how_many_more_votes_put_them_there()
    {
        var cut = RenderMap(me: Guid.NewGuid(), myVotes: 2);

        cut.FindAll("[data-testid='opinion-map-me']").ShouldBeEmpty();
        Analysis.VotesToCount.ShouldBe(7);
        cut.Find("[data-testid='opinion-map-not-counted']").TextContent.Trim().ShouldBe("Vote on 5 more statements to appear on the map.");
    }

    [Fact]
    public void The_facilitator_sees_no_dot_marked_and_no_message()
    {
        var cut = RenderMap();

        cut.FindAll("[data-testid='opinion-map-me']").ShouldBeEmpty();
        cut.FindAll("[data-testid='opinion-map-not-counted']").ShouldBeEmpty();
    }

    [Fact]
    public void Item_markers_appear_only_when_asked_for_with_the_statement_as_tooltip()
    {
        var cut = RenderMap();
        cut.FindAll("[data-testid='opinion-map-item']").ShouldBeEmpty();

        cut.Find("input[data-testid='opinion-map-show-items']").Change(true);

        var markers = cut.FindAll("[data-testid='opinion-map-item']");
        markers.Count.ShouldBe(DivisiveItems + 1);
        var first = markers.Single(marker => marker.GetAttribute("data-item-id") == Item(0).ToString());
        first.QuerySelector("title")!.TextContent.ShouldBe($"1. {TextOf(0)}");
        first.QuerySelector("text")!.TextContent.ShouldBe("1");

        cut.Find("input[data-testid='opinion-map-show-items']").Change(false);
        cut.FindAll("[data-testid='opinion-map-item']").ShouldBeEmpty();
    }

    [Fact]
    public void Dots_stay_inside_the_drawing()
    {
        var cut = RenderMap();

        foreach (var dot in cut.FindAll("[data-testid='opinion-map-dot']"))
        {
            double.Parse(dot.GetAttribute("cx")!, CultureInfo.InvariantCulture).ShouldBeInRange(0, MapLayout.Width);
            double.Parse(dot.GetAttribute("cy")!, CultureInfo.InvariantCulture).ShouldBeInRange(0, MapLayout.Height);
        }
    }

    [Fact]
    public void Coordinates_are_written_for_svg_whatever_the_reader_s_language()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("es");
        try
        {
            var cut = RenderMap(me: Person(1));

            cut.FindAll("[data-testid='opinion-map-dot']").ShouldAllBe(dot => !dot.GetAttribute("cx")!.Contains(',') && !dot.GetAttribute("cy")!.Contains(','));
            cut.Find("[data-testid='opinion-map-me'] circle").GetAttribute("cx")!.ShouldNotContain(",");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Thousands_of_participants_are_drawn_as_plain_circles()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, 8).Select(Item));
        var random = new Random(3);
        for (var person = 0; person < 8_000; person++)
        {
            for (var item = 0; item < 8; item++)
            {
                builder.Add(Person(person), Item(item), random.Next(3) - 1);
            }
        }

        var crowd = OpinionAnalyzer.Analyze(builder.Build(), new AnalysisParameters { Seed = 1 });
        var cut = RenderMap(analysis: crowd);

        cut.FindAll("circle[data-testid='opinion-map-dot']").Count.ShouldBe(8_000);
        cut.Find("circle[data-testid='opinion-map-dot']").GetAttribute("r").ShouldBe("1.6");
    }
}
