using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Items;

public sealed class ModeratingItemTests
{
    [Fact]
    public void Approving_a_pending_item_makes_it_voteable()
    {
        var scenario = Given([.. InVoting(), Submitted(Item(4), Ben, ModerationState.Pending)]);

        var approved = scenario.WhenApplied((room, at) => room.DecideApprove(Item(4), Facilitator, at));

        approved.ItemId.ShouldBe(Item(4));
        scenario.Item(Item(4)).State.ShouldBe(ModerationState.Accepted);
        scenario.Item(Item(4)).IsVoteable.ShouldBeTrue();
        scenario.Room.AwaitingModeration.ShouldBeEmpty();
    }

    [Fact]
    public void Approving_a_hidden_item_brings_it_back_without_its_reason()
    {
        var scenario = Given([.. InVoting(), Hidden(Item(1))]);

        scenario.And((room, at) => room.DecideApprove(Item(1), Facilitator, at));

        scenario.Item(Item(1)).State.ShouldBe(ModerationState.Accepted);
        scenario.Item(Item(1)).HiddenReason.ShouldBeNull();
    }

    [Fact]
    public void An_accepted_item_cannot_be_approved_again() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideApprove(Item(1), Facilitator, at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldContain("already visible");

    [Fact]
    public void A_merged_item_cannot_come_back() =>
        Given([.. InVoting(), Merged(Item(2), Item(1))]).WhenRefused((room, at) => room.DecideApprove(Item(2), Facilitator, at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldContain("merged");

    [Fact]
    public void Hiding_takes_an_item_out_of_sight_with_its_reason_and_keeps_its_votes()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree)]);

        var hidden = scenario.WhenApplied((room, at) => room.DecideHide(Item(1), "  Names a private person ", Facilitator, at));

        hidden.Reason.ShouldBe("Names a private person");
        var item = scenario.Item(Item(1));
        item.State.ShouldBe(ModerationState.Hidden);
        item.HiddenReason.ShouldBe("Names a private person");
        scenario.Room.VisibleTo(Ana).Select(visible => visible.Id).ShouldNotContain(Item(1));
        scenario.Room.Tallies().ShouldContain(new ItemTally(Item(1), 1, 0, 0));
    }

    [Fact]
    public void A_pending_item_can_be_hidden() =>
        Given([.. InVoting(), Submitted(Item(4), Ben, ModerationState.Pending)]).When((room, at) => room.DecideHide(Item(4), "Spam", Facilitator, at)).ItemId.ShouldBe(Item(4));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Hiding_needs_a_reason(string? reason) =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideHide(Item(1), reason, Facilitator, at)).ThenBreaks("reason");

    [Fact]
    public void A_reason_has_at_most_500_characters() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideHide(Item(1), new string('r', SessionRules.MaxReason + 1), Facilitator, at)).ThenBreaks("reason");

    [Fact]
    public void Hidden_and_merged_items_cannot_be_hidden()
    {
        Given([.. InVoting(), Hidden(Item(1))]).WhenRefused((room, at) => room.DecideHide(Item(1), "Again", Facilitator, at)).ThenBreaks("itemId", SessionRuleKind.Conflict);
        Given([.. InVoting(), Merged(Item(2), Item(1))]).WhenRefused((room, at) => room.DecideHide(Item(2), "Again", Facilitator, at)).ThenBreaks("itemId", SessionRuleKind.Conflict);
    }

    [Fact]
    public void Moderating_an_unknown_item_is_not_found()
    {
        Given(InVoting()).WhenRefused((room, at) => room.DecideApprove(Item(99), Facilitator, at)).ThenBreaks("itemId", SessionRuleKind.NotFound);
        Given(InVoting()).WhenRefused((room, at) => room.DecideHide(Item(99), "Spam", Facilitator, at)).ThenBreaks("itemId", SessionRuleKind.NotFound);
    }

    [Fact]
    public void Merging_marks_the_duplicate_and_moves_its_tally_to_the_survivor()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(2), VoteValue.Agree), Vote(Ben, Item(1), VoteValue.Pass)]);

        var merged = scenario.When((room, at) => room.DecideMerge(Item(2), Item(1), Facilitator, at));
        var change = scenario.Apply(merged, Guid.NewGuid(), scenario.Sequence + 1);

        merged.SurvivorId.ShouldBe(Item(1));
        change.Kind.ShouldBe(RoomChangeKind.ItemModerated);
        change.TalliesChanged.ShouldBe([Item(2), Item(1)]);
        var duplicate = scenario.Item(Item(2));
        duplicate.State.ShouldBe(ModerationState.Merged);
        duplicate.MergedInto.ShouldBe(Item(1));
        scenario.Room.Tallies().ShouldBe([new ItemTally(Item(1), 1, 0, 1), new ItemTally(Item(3), 0, 0, 0)]);
    }

    [Fact]
    public void After_a_merge_a_participant_who_voted_on_both_has_one_vote_on_the_survivor()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(2), VoteValue.Disagree), Vote(Ana, Item(1), VoteValue.Agree), Merged(Item(2), Item(1))]);

        scenario.Room.VotesOf(Ana).ShouldBe(new Dictionary<Guid, VoteValue> { [Item(1)] = VoteValue.Agree });
        scenario.Room.Votes.CountVotedBy(Ana).ShouldBe(1);
        scenario.Room.TallyOf(Item(1)).ShouldBe(new ItemTally(Item(1), 1, 0, 0));
    }

    [Fact]
    public void An_item_cannot_be_merged_into_itself() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideMerge(Item(1), Item(1), Facilitator, at)).ThenBreaks("survivorId");

    [Fact]
    public void An_item_is_merged_once() =>
        Given([.. InVoting(), Merged(Item(2), Item(1))]).WhenRefused((room, at) => room.DecideMerge(Item(2), Item(3), Facilitator, at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict);

    [Fact]
    public void The_survivor_must_be_visible_and_accepted()
    {
        Given([.. InVoting(), Hidden(Item(1))]).WhenRefused((room, at) => room.DecideMerge(Item(2), Item(1), Facilitator, at)).ThenBreaks("survivorId", SessionRuleKind.Conflict);
        Given([.. InVoting(), Merged(Item(1), Item(3))]).WhenRefused((room, at) => room.DecideMerge(Item(2), Item(1), Facilitator, at)).ThenBreaks("survivorId", SessionRuleKind.Conflict);
        Given(InVoting()).WhenRefused((room, at) => room.DecideMerge(Item(2), Item(99), Facilitator, at)).ThenBreaks("survivorId", SessionRuleKind.NotFound);
    }

    [Fact]
    public void Statements_merge_into_statements_and_proposals_into_proposals() =>
        Given([.. InVoting(), Proposed(Item(4), AddVoiceCloning(Item(4)))]).WhenRefused((room, at) => room.DecideMerge(Item(1), Item(4), Facilitator, at))
            .ThenBreaks("survivorId");

    [Fact]
    public void A_closed_session_is_read_only_for_moderators()
    {
        var scenario = Given([.. InVoting(), Submitted(Item(4), Ben, ModerationState.Pending), Closed()]);

        scenario.WhenRefused((room, at) => room.DecideApprove(Item(4), Facilitator, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
        scenario.WhenRefused((room, at) => room.DecideHide(Item(1), "Late", Facilitator, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
        scenario.WhenRefused((room, at) => room.DecideMerge(Item(2), Item(1), Facilitator, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
    }
}
