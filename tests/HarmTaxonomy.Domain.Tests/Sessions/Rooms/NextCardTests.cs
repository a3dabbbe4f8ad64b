using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Rooms;

/// <summary>The card a participant is shown next: something they have not voted on, least-voted first, older first on ties.</summary>
public sealed class NextCardTests
{
    [Fact]
    public void The_least_voted_item_comes_first()
    {
        var scenario = Given([.. InVoting(), Vote(Ben, Item(1), VoteValue.Agree), Vote(Cy, Item(1), VoteValue.Agree), Vote(Ben, Item(2), VoteValue.Pass)]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(3));
    }

    [Fact]
    public void On_a_tie_the_older_item_comes_first()
    {
        var scenario = Given([.. InVoting(), Vote(Ben, Item(1), VoteValue.Agree)]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(2));
    }

    [Fact]
    public void Items_the_participant_voted_on_are_skipped()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(2), VoteValue.Agree), Vote(Ana, Item(3), VoteValue.Pass)]);

        scenario.Room.NextCardFor(Ana)!.Id.ShouldBe(Item(1));
        scenario.Room.NextCardFor(Ben)!.Id.ShouldBe(Item(1));
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
}
