using System.Globalization;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;
using static HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions.OpinionData;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

public sealed class MapLayoutTests
{
    private static readonly Domain.Analysis.OpinionAnalysis Analysis = TwoCamps();

    private static double Read(string number) => double.Parse(number, CultureInfo.InvariantCulture);

    [Fact]
    public void People_who_voted_exactly_alike_are_drawn_as_separate_dots()
    {
        var layout = MapLayout.Of(Analysis, Items, me: null);

        // Everyone in a camp voted the same on every statement, so each camp is one spot on the opinion map.
        var campA = layout.Dots.Where(dot => dot.Group == GroupOf(Analysis, 0)).ToList();
        campA.Select(dot => (dot.X, dot.Y)).Distinct().Count().ShouldBeGreaterThan(PerCamp / 2);
        var spread = campA.Max(dot => Read(dot.X)) - campA.Min(dot => Read(dot.X));
        spread.ShouldBeLessThanOrEqualTo(4 * MapLayout.RadiusFor(PerCamp * 2));
    }

    [Fact]
    public void The_same_analysis_draws_every_dot_in_the_same_place()
    {
        MapLayout.Of(Analysis, Items, me: null).Dots.ShouldBe(MapLayout.Of(Analysis, Items, me: null).Dots);
    }

    [Fact]
    public void The_two_camps_lie_on_opposite_sides_and_items_inside_the_drawing()
    {
        var layout = MapLayout.Of(Analysis, Items, me: Person(0));

        var campA = layout.Dots.Where(dot => dot.Group == GroupOf(Analysis, 0)).Average(dot => Read(dot.X));
        var campB = layout.Dots.Where(dot => dot.Group == GroupOf(Analysis, PerCamp)).Average(dot => Read(dot.X));
        Math.Abs(campA - campB).ShouldBeGreaterThan(MapLayout.Width / 2);
        layout.Items.Count.ShouldBe(DivisiveItems + 1);
        layout.Items.ShouldAllBe(marker => Read(marker.X) >= 0 && Read(marker.X) <= MapLayout.Width && Read(marker.Y) >= 0 && Read(marker.Y) <= MapLayout.Height);
        layout.Me.ShouldNotBeNull().ParticipantId.ShouldBe(Person(0));
    }
}
