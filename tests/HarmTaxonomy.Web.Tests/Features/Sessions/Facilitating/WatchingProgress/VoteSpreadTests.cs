using HarmTaxonomy.Web.Features.Sessions.Facilitating.WatchingProgress;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.WatchingProgress;

public sealed class VoteSpreadTests
{
    [Fact]
    public void Few_items_get_one_bar_per_count_including_those_who_have_not_voted()
    {
        var spread = VoteSpread.Of([0, 2, 2, 3]);

        spread.Select(bucket => (bucket.Label, bucket.Participants)).ShouldBe([("0", 1), ("1", 0), ("2", 2), ("3", 1)]);
    }

    [Fact]
    public void Many_items_are_grouped_into_at_most_twelve_ranges_that_count_everyone_once()
    {
        int[] counts = [0, 5, 23, 24, 100, 100, 57];

        var spread = VoteSpread.Of(counts);

        spread.Count.ShouldBeLessThanOrEqualTo(VoteSpread.MaxBuckets);
        spread.Sum(bucket => bucket.Participants).ShouldBe(counts.Length);
        spread[0].Label.ShouldBe("0–8");
        spread[^1].To.ShouldBe(100);
        spread.Single(bucket => bucket.From <= 23 && bucket.To >= 24).Participants.ShouldBe(2);
    }

    [Fact]
    public void No_participants_give_no_bars()
    {
        VoteSpread.Of([]).ShouldBeEmpty();
    }
}
