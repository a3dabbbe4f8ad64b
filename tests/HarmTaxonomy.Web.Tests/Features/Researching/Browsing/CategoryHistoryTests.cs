using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CategoryHistoryTests
{
    private static readonly DateTimeOffset Start = Releases.At;
    private static readonly Actor Cora = new("curator-1", "Cora");

    private static TimelineEntry Change(string summary, int hours) => new("renamed", summary, Cora, Start.AddHours(hours), null, hours);

    [Fact]
    public void Each_change_belongs_to_the_first_release_after_it_and_draft_changes_stay_out()
    {
        var versions = new[] { Releases.Published("1.0.0", Start.AddHours(2)), Releases.Published("1.1.0", Start.AddHours(5)), Releases.Published("2.0.0", Start.AddHours(8)) };
        var timeline = new[] { Change("Added", 1), Change("Renamed", 4), Change("Renamed in the draft", 9) };

        var steps = CategoryHistory.Of(versions, new HashSet<string> { "1.0.0", "1.1.0", "2.0.0" }, timeline);

        steps.Select(step => step.Version.Version).ShouldBe(["1.0.0", "1.1.0", "2.0.0"]);
        steps[0].Changes.Select(change => change.Summary).ShouldBe(["Added"]);
        steps[1].Changes.Select(change => change.Summary).ShouldBe(["Renamed"]);
        steps[2].Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Releases_from_before_the_category_existed_are_left_out_and_a_removal_shows_as_not_in_the_version()
    {
        var versions = new[] { Releases.Published("1.0.0", Start.AddHours(1)), Releases.Published("1.1.0", Start.AddHours(3)), Releases.Published("2.0.0", Start.AddHours(6)) };
        var timeline = new[] { Change("Added", 2), Change("Removed from the draft", 5) };

        var steps = CategoryHistory.Of(versions, new HashSet<string> { "1.1.0" }, timeline);

        steps.Select(step => (step.Version.Version, step.Contains)).ShouldBe([("1.1.0", true), ("2.0.0", false)]);
    }

    [Fact]
    public void The_releases_holding_a_category_are_those_published_after_it_was_added_and_before_it_was_removed()
    {
        var versions = new[] { Releases.Published("1.0.0", Start.AddHours(1)), Releases.Published("1.1.0", Start.AddHours(3)), Releases.Published("1.2.0", Start.AddHours(5)), Releases.Published("2.0.0", Start.AddHours(7)) };
        var timeline = new[] { Entry("added", 2), Entry("renamed", 4), Entry("removed", 6) };

        CategoryHistory.ReleasesHolding(versions, timeline).ShouldBe(["1.1.0", "1.2.0"], ignoreOrder: true);
    }

    [Fact]
    public void A_category_added_only_in_the_draft_is_in_no_release()
    {
        var versions = new[] { Releases.Published("1.0.0", Start.AddHours(1)) };

        CategoryHistory.ReleasesHolding(versions, [Entry("added", 2)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_timeline_that_does_not_say_when_the_category_was_added_tells_nothing()
    {
        CategoryHistory.ReleasesHolding([Releases.Published("1.0.0", Start)], [Entry("renamed", 1)]).ShouldBeNull();
    }

    private static TimelineEntry Entry(string kind, int hours) => new(kind, kind, Cora, Start.AddHours(hours), null, hours);
}
