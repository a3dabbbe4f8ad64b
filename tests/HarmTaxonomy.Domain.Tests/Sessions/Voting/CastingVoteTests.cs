using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Voting;

public sealed class CastingVoteTests
{
    [Theory]
    [InlineData("agree", VoteValue.Agree)]
    [InlineData(" Disagree ", VoteValue.Disagree)]
    [InlineData("PASS", VoteValue.Pass)]
    public void A_vote_is_agree_disagree_or_pass_in_any_case(string value, VoteValue expected)
    {
        var decision = Given(InVoting()).When((room, at) => room.DecideVote(Ana, Item(1), value, "vote-1", at));

        decision.IsDuplicate.ShouldBeFalse();
        var vote = decision.Vote.ShouldNotBeNull();
        vote.SessionId.ShouldBe(SessionId);
        vote.ParticipantId.ShouldBe(Ana);
        vote.ItemId.ShouldBe(Item(1));
        vote.Value.ShouldBe(expected);
        vote.ClientVoteId.ShouldBe("vote-1");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("agreed")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_value_is_refused(string? value) =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), value, "vote-1", at)).ThenBreaks("value");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_vote_needs_a_client_vote_id(string? clientVoteId) =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", clientVoteId, at)).ThenBreaks("clientVoteId");

    [Fact]
    public void A_client_vote_id_has_at_most_64_characters()
    {
        Given(InVoting()).When((room, at) => room.DecideVote(Ana, Item(1), "agree", new string('v', SessionRules.MaxClientVoteId), at)).Vote.ShouldNotBeNull();
        Given(InVoting()).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", new string('v', SessionRules.MaxClientVoteId + 1), at))
            .ThenBreaks("clientVoteId");
    }

    [Theory]
    [InlineData(SessionPhase.Draft)]
    [InlineData(SessionPhase.Proposing)]
    [InlineData(SessionPhase.Discussing)]
    public void Votes_are_taken_only_in_the_voting_phase(SessionPhase phase) =>
        Given([.. InVoting(), Phase(phase)]).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at))
            .ThenBreaks("phase", SessionRuleKind.Conflict).Message.ShouldContain(phase.ToValue());

    [Fact]
    public void A_session_that_votes_while_discussing_takes_votes_in_the_discussing_phase() =>
        Given([.. InVoting(voteWhileDiscussing: true), Phase(SessionPhase.Discussing)])
            .When((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at)).Vote.ShouldNotBeNull();

    [Fact]
    public void A_session_that_votes_while_discussing_still_takes_none_while_proposing() =>
        Given([.. InVoting(voteWhileDiscussing: true), Phase(SessionPhase.Proposing)])
            .WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at))
            .ThenBreaks("phase", SessionRuleKind.Conflict).Message.ShouldContain("while discussing");

    [Fact]
    public void A_closed_session_takes_no_votes() =>
        Given([.. InVoting(), Closed()]).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at))
            .ThenBreaks("phase", SessionRuleKind.Conflict);

    [Fact]
    public void A_pending_item_is_refused_as_waiting_for_a_moderator() =>
        Given([.. InVoting(), Submitted(Item(4), Ben, ModerationState.Pending)])
            .WhenRefused((room, at) => room.DecideVote(Ana, Item(4), "agree", "vote-1", at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldBe("This item is waiting for a moderator.");

    [Fact]
    public void A_hidden_item_is_refused_as_hidden() =>
        Given([.. InVoting(), Hidden(Item(1))])
            .WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldBe("A moderator hid this item.");

    [Fact]
    public void A_merged_item_is_refused_naming_the_survivor() =>
        Given([.. InVoting(), Merged(Item(2), Item(1))])
            .WhenRefused((room, at) => room.DecideVote(Ana, Item(2), "agree", "vote-1", at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldContain($"Statement {Item(1):N}");

    [Fact]
    public void An_unknown_item_is_not_found() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideVote(Ana, Item(99), "agree", "vote-1", at)).ThenBreaks("itemId", SessionRuleKind.NotFound);

    [Fact]
    public void Someone_who_never_joined_cannot_vote() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideVote(Guid.NewGuid(), Item(1), "agree", "vote-1", at))
            .ThenBreaks("participantId", SessionRuleKind.Forbidden);

    [Fact]
    public void A_participant_who_left_cannot_vote() =>
        Given([.. InVoting(), Left(Ana)]).WhenRefused((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at))
            .ThenBreaks("participantId", SessionRuleKind.Forbidden);

    [Fact]
    public void A_retried_client_vote_id_returns_its_receipt_and_records_nothing()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree, "vote-1")]);

        var retried = scenario.When((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at));
        var changedMind = scenario.When((room, at) => room.DecideVote(Ana, Item(2), "disagree", "vote-1", at));

        retried.ShouldBe(VoteDecision.Duplicate(new VoteReceipt(Item(1), VoteValue.Agree)));
        changedMind.Vote.ShouldBeNull("a client vote id stands for its first vote, whatever a retry says");
        changedMind.Receipt.ShouldBe(new VoteReceipt(Item(1), VoteValue.Agree));
        scenario.Room.Votes.Recorded.ShouldBe(1);
    }

    [Fact]
    public void A_retry_is_acknowledged_even_after_voting_has_closed()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree, "vote-1"), Phase(SessionPhase.Discussing)]);

        scenario.When((room, at) => room.DecideVote(Ana, Item(1), "agree", "vote-1", at)).IsDuplicate.ShouldBeTrue();
    }

    [Fact]
    public void Client_vote_ids_are_per_participant() =>
        Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree, "vote-1")])
            .When((room, at) => room.DecideVote(Ben, Item(1), "agree", "vote-1", at)).Vote.ShouldNotBeNull();

    [Fact]
    public void A_changed_vote_replaces_the_earlier_one_in_the_tally()
    {
        var scenario = Given([.. InVoting(), Vote(Ana, Item(1), VoteValue.Agree), Vote(Ben, Item(1), VoteValue.Agree)]);

        scenario.Apply(scenario.When((room, at) => room.DecideVote(Ana, Item(1), "disagree", "vote-2", at)).Vote!);

        scenario.Room.TallyOf(Item(1)).ShouldBe(new ItemTally(Item(1), 1, 1, 0));
        scenario.Room.VotesOf(Ana).ShouldBe(new Dictionary<Guid, VoteValue> { [Item(1)] = VoteValue.Disagree });
        scenario.Room.Votes.Recorded.ShouldBe(3);
        scenario.Room.Votes.Counted.ShouldBe(2);
    }

    [Fact]
    public void The_same_vote_event_applied_twice_counts_once()
    {
        var scenario = Given(InVoting());
        var vote = Vote(Ana, Item(1), VoteValue.Agree);
        var eventId = Guid.NewGuid();

        var first = scenario.Apply(vote, eventId, 20);
        var again = scenario.Apply(vote, eventId, 20);

        first.Kind.ShouldBe(RoomChangeKind.Tallies);
        first.TalliesChanged.ShouldBe([Item(1)]);
        again.ShouldBe(RoomChange.Nothing);
        scenario.Room.TallyOf(Item(1)).ShouldBe(new ItemTally(Item(1), 1, 0, 0));
        scenario.Room.Votes.Recorded.ShouldBe(1);
    }

    [Fact]
    public void An_event_of_another_session_changes_nothing()
    {
        var scenario = Given(InVoting());

        scenario.Apply(Vote(Ana, Item(1), VoteValue.Agree) with { SessionId = Guid.NewGuid() }, Guid.NewGuid(), 30).ShouldBe(RoomChange.Nothing);

        scenario.Room.TallyOf(Item(1)).Total.ShouldBe(0);
    }

    [Fact]
    public void An_older_vote_arriving_after_a_newer_one_changes_nothing()
    {
        var scenario = Given(InVoting());

        scenario.Apply(Vote(Ana, Item(1), VoteValue.Disagree), Guid.NewGuid(), 50);
        scenario.Apply(Vote(Ana, Item(1), VoteValue.Agree), Guid.NewGuid(), 40).ShouldBe(RoomChange.Nothing);

        scenario.Room.TallyOf(Item(1)).ShouldBe(new ItemTally(Item(1), 0, 1, 0));
        scenario.Room.LastSequence.ShouldBe(50);
    }
}
