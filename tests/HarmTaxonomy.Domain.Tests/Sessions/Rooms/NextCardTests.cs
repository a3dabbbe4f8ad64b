using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Rooms;

/// <summary>
/// The card a participant is shown next: something they have not voted on, sampled in proportion to its Polis
/// priority, and the same card until they vote on it.
/// </summary>
public sealed class NextCardTests
{
    [Fact]
    public void Items_the_participant_voted_on_are_skipped()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(2), VoteValue.Agree), Vote(Ana, Item(3), VoteValue.Pass)]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(1));
    }

    [Fact]
    public void Hidden_merged_and_pending_items_are_skipped()
    {
        var scenario = Given([.. InVoting(), Hidden(Item(1)), Merged(Item(2), Item(3)), Submitted(Item(4), Ben, ModerationState.Pending)]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(3));
    }

    [Fact]
    public void A_vote_on_a_merged_duplicate_counts_as_a_vote_on_its_survivor()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(2), VoteValue.Agree), Merged(Item(2), Item(1))]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(3));
    }

    [Fact]
    public void Nothing_is_next_when_everything_is_voted_on()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree), Vote(Ana, Item(2), VoteValue.Agree), Vote(Ana, Item(3), VoteValue.Agree)]);

        scenario.Room.NextCardFor(Ana).ShouldBeNull();
    }

    [Fact]
    public void The_card_on_screen_stays_until_it_is_voted_on()
    {
        var scenario = Given(InVoting());
        var shown = scenario.Room.NextCardFor(Ana)!.Id;
        var other = new[] { Item(1), Item(2), Item(3) }.First(item => item != shown);

        scenario.Room.NextCardFor(Ana, current: shown)!.Id.ShouldBe(shown);
        scenario.Room.NextCardFor(Ana, current: other)!.Id.ShouldBe(other);
        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(shown);
    }

    [Fact]
    public void A_card_hidden_while_on_screen_is_replaced()
    {
        var scenario = Given([.. InVoting(), Hidden(Item(1))]);

        scenario.Room.NextCardFor(Ana, current: Item(1))!.Id.ShouldNotBe(Item(1));
    }

    [Fact]
    public void Cards_are_sampled_in_proportion_to_priority()
    {
        // Item 1 has many votes (low novelty), items 2 and 3 none: fresh items are far likelier to come next.
        var voters = Enumerable.Range(0, 20).Select(number => Guid.Parse($"01960000-0000-7000-8000-{number + 100:D12}")).ToList();
        var scenario = Given([.. InVoting(), .. voters.Select(voter => Joined(voter)), .. voters.Select(voter => Vote(voter, Item(1), VoteValue.Pass))]);
        var expectedShare = Share(Item(1), scenario.Room);

        var people = Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid()).ToList();
        var share = people.Count(person => scenario.Room.NextCardFor(person)!.Id == Item(1)) / (double)people.Count;

        share.ShouldBe(expectedShare, 0.02);
        share.ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Extreme_items_from_the_analysis_come_up_more_often()
    {
        var scenario = Given(InVoting());
        var people = Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid()).ToList();
        var before = people.Count(person => scenario.Room.NextCardFor(person)!.Id == Item(2));

        scenario.Room.UseExtremities(new Dictionary<Guid, double> { [Item(2)] = 3.0 });
        var after = people.Count(person => scenario.Room.NextCardFor(person)!.Id == Item(2));

        // Priority grows with (E + 1)², so item 2 goes from one in three to 16 / 18 of the weight.
        (before / 3000.0).ShouldBe(1 / 3.0, 0.04);
        (after / 3000.0).ShouldBe(16 / 18.0, 0.03);
    }

    private static double Share(Guid itemId, Domain.Sessions.Rooms.SessionRoom room)
    {
        var priorities = new[] { Item(1), Item(2), Item(3) }.ToDictionary(
            item => item,
            item => CardPriority.Of(room.TallyOf(item).Agree, room.TallyOf(item).Pass, room.TallyOf(item).Total, 0));
        return priorities[itemId] / priorities.Values.Sum();
    }
}
