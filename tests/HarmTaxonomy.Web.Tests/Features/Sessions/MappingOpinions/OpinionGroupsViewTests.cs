using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

public sealed class OpinionGroupsViewTests : MudBunitContext
{
    public OpinionGroupsViewTests() => Render<MudBlazor.MudPopoverProvider>();

    private static SessionAnalysis Stored(OpinionAnalysis analysis) => new()
    {
        Id = Guid.NewGuid(),
        Analysis = analysis,
        VotesRecorded = analysis.VoteCount,
        CoversSequence = 200,
        ComputedAt = new DateTimeOffset(2026, 11, 28, 9, 30, 15, TimeSpan.Zero),
        ComputeMilliseconds = 12.4,
    };

    private IRenderedComponent<OpinionGroupsView> RenderView(SessionAnalysis? stored, bool loaded = true, bool facilitator = false) =>
        Render<OpinionGroupsView>(parameters => parameters
            .Add(view => view.Loaded, loaded)
            .Add(view => view.Stored, stored)
            .Add(view => view.Items, Items)
            .Add(view => view.ShowComputation, facilitator));

    [Fact]
    public void Before_any_analysis_the_view_says_when_the_map_appears()
    {
        var cut = RenderView(null);

        cut.Find("[data-testid='opinion-groups-empty']").TextContent.ShouldContain("The map appears once people have voted");
        cut.FindAll("[data-testid='opinion-map']").ShouldBeEmpty();
    }

    [Fact]
    public void While_the_page_has_not_asked_yet_it_shows_loading()
    {
        var cut = RenderView(null, loaded: false);

        cut.FindAll("[data-testid='opinion-groups-loading']").Count.ShouldBe(1);
        cut.FindAll("[data-testid='opinion-groups-empty']").ShouldBeEmpty();
    }

    [Fact]
    public void A_room_that_votes_alike_is_one_group_and_says_so()
    {
        var cut = RenderView(Stored(Unanimous()));

        cut.Find("[data-testid='opinion-groups-one']").TextContent.ShouldContain("Everyone votes alike so far: one group");
        cut.FindAll("[data-testid='opinion-group']").Count.ShouldBe(1);
        cut.Find("[data-testid='opinion-map-plot']").GetAttribute("aria-label").ShouldBe("1 opinion group: A (20 people)");
    }

    [Fact]
    public void Two_camps_show_the_map_both_groups_and_the_consensus()
    {
        var cut = RenderView(Stored(TwoCamps()));

        cut.FindAll("[data-testid='opinion-map-dot']").Count.ShouldBe(PerCamp * 2);
        cut.FindAll("[data-testid='opinion-group']").Count.ShouldBe(2);
        cut.Find("[data-testid='consensus-panel']").TextContent.ShouldContain(TextOf(0));
        cut.FindAll("[data-testid='opinion-groups-one']").ShouldBeEmpty();
        cut.FindAll("[data-testid='analysis-facts']").ShouldBeEmpty();
    }

    [Fact]
    public void The_facilitator_sees_when_and_how_the_analysis_was_computed()
    {
        var analysis = TwoCamps();

        var cut = RenderView(Stored(analysis), facilitator: true);

        cut.Find("[data-testid='analysis-seed']").TextContent.ShouldBe("7");
        cut.Find("[data-testid='analysis-votes']").TextContent.ShouldBe(analysis.VoteCount.ToString(System.Globalization.CultureInfo.CurrentCulture));
        cut.Find("[data-testid='analysis-participants']").TextContent.ShouldBe("20");
        cut.Find("[data-testid='analysis-duration']").TextContent.ShouldBe("12 ms");
        cut.Find("[data-testid='analysis-computed-at']").GetAttribute("datetime").ShouldBe("2026-11-28T09:30:15.0000000+00:00");
    }
}
