using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Running;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Items;

public sealed class SubmittingStatementTests
{
    [Theory]
    [InlineData(SessionPhase.Proposing)]
    [InlineData(SessionPhase.Discussing)]
    public void A_participant_submits_while_proposing_and_discussing(SessionPhase phase)
    {
        var scenario = Given(Opened(), Joined(Ana), Phase(phase));

        var submitted = scenario.WhenApplied((room, at) => room.DecideStatement(Item(1), "  Voice clones   deserve a category. ", AnaActor, false, at));

        submitted.ItemId.ShouldBe(Item(1));
        submitted.Text.ShouldBe("Voice clones   deserve a category.");
        submitted.State.ShouldBe(ModerationState.Accepted);
        submitted.By.ShouldBe(AnaActor);
        var item = scenario.Item(Item(1));
        item.Kind.ShouldBe(ItemKind.Statement);
        item.AuthorParticipantId.ShouldBe(Ana);
        item.IsVoteable.ShouldBeTrue();
    }

    [Theory]
    [InlineData(SessionPhase.Draft)]
    [InlineData(SessionPhase.Voting)]
    public void A_participant_cannot_submit_outside_proposing_and_discussing(SessionPhase phase) =>
        Given(Opened(), Joined(Ana), Phase(phase))
            .WhenRefused((room, at) => room.DecideStatement(Item(1), "Too late", AnaActor, false, at))
            .ThenBreaks("phase", SessionRuleKind.Conflict);

    [Theory]
    [InlineData(SessionPhase.Draft)]
    [InlineData(SessionPhase.Proposing)]
    [InlineData(SessionPhase.Discussing)]
    [InlineData(SessionPhase.Voting)]
    public void A_facilitator_seed_is_accepted_at_once_in_any_open_phase_even_when_premoderated(SessionPhase phase) =>
        Given(Opened(preModerate: true), Phase(phase))
            .When((room, at) => room.DecideStatement(Item(1), "Seeded", Facilitator, true, at))
            .State.ShouldBe(ModerationState.Accepted);

    [Fact]
    public void Nothing_is_seeded_into_a_closed_session() =>
        Given(Opened(), Closed()).WhenRefused((room, at) => room.DecideStatement(Item(1), "Seeded", Facilitator, true, at))
            .ThenBreaks("phase", SessionRuleKind.Conflict);

    [Fact]
    public void A_participant_statement_waits_for_a_moderator_when_the_session_premoderates()
    {
        var scenario = Given(InProposing(preModerate: true));

        var submitted = scenario.WhenApplied((room, at) => room.DecideStatement(Item(1), "Mine", AnaActor, false, at));

        submitted.State.ShouldBe(ModerationState.Pending);
        scenario.Item(Item(1)).IsVoteable.ShouldBeFalse();
        scenario.Room.AwaitingModeration.Select(item => item.Id).ShouldBe([Item(1)]);
        scenario.Room.VisibleTo(Ana).Select(item => item.Id).ShouldBe([Item(1)], "the author sees their own pending statement");
        scenario.Room.VisibleTo(Ben).ShouldBeEmpty();
        scenario.Room.VisibleTo(null).ShouldBeEmpty();
    }

    [Fact]
    public void A_statement_of_280_characters_is_taken() =>
        Given(InProposing()).When((room, at) => room.DecideStatement(Item(1), new string('s', SessionRules.MaxStatement), AnaActor, false, at))
            .Text.Length.ShouldBe(280);

    [Fact]
    public void A_statement_over_280_characters_is_refused() =>
        Given(InProposing()).WhenRefused((room, at) => room.DecideStatement(Item(1), new string('s', SessionRules.MaxStatement + 1), AnaActor, false, at))
            .ThenBreaks("text").Message.ShouldContain("281");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void An_empty_statement_is_refused(string? text) =>
        Given(InProposing()).WhenRefused((room, at) => room.DecideStatement(Item(1), text, AnaActor, false, at)).ThenBreaks("text");

    [Theory]
    [InlineData("Voice clones deserve a category.")]
    [InlineData("voice clones DESERVE a category")]
    [InlineData("  Voice   clones deserve a category!!")]
    [InlineData("Voice clones deserve a category?")]
    public void A_statement_already_in_the_session_is_refused_by_its_comparable_text(string again)
    {
        var scenario = Given(InProposing()).And((room, at) => room.DecideStatement(Item(1), "Voice clones deserve a category.", AnaActor, false, at));

        scenario.WhenRefused((room, at) => room.DecideStatement(Item(2), again, BenActor, false, at))
            .ThenBreaks("text", SessionRuleKind.Conflict).Message.ShouldContain("Voice clones deserve a category.");
    }

    [Fact]
    public void A_pending_statement_counts_as_already_in_the_session() =>
        Given([.. InProposing(preModerate: true), Submitted(Item(1), Ana, ModerationState.Pending, "Same words")])
            .WhenRefused((room, at) => room.DecideStatement(Item(2), "same words", BenActor, false, at))
            .ThenBreaks("text", SessionRuleKind.Conflict);

    [Fact]
    public void A_hidden_statement_does_not_block_the_same_words_again() =>
        Given([.. InProposing(), Submitted(Item(1), Ana, text: "Same words"), Hidden(Item(1))])
            .When((room, at) => room.DecideStatement(Item(2), "Same words", BenActor, false, at))
            .ItemId.ShouldBe(Item(2));

    [Fact]
    public void Someone_who_never_joined_cannot_submit() =>
        Given(InProposing()).WhenRefused((room, at) => room.DecideStatement(Item(1), "Hello", SessionActor.Participant(Cy, "Cy"), false, at))
            .ThenBreaks("participantId", SessionRuleKind.Forbidden);

    [Fact]
    public void A_participant_who_left_cannot_submit() =>
        Given([.. InProposing(), Left(Ana)]).WhenRefused((room, at) => room.DecideStatement(Item(1), "Hello", AnaActor, false, at))
            .ThenBreaks("participantId", SessionRuleKind.Forbidden).Message.ShouldContain("left");

    [Fact]
    public void The_same_statement_event_applied_twice_adds_one_item()
    {
        var scenario = Given(InProposing());
        var submitted = Submitted(Item(1), Ana);
        var eventId = Guid.NewGuid();

        scenario.Apply(submitted, eventId, 10);
        scenario.Apply(submitted, eventId, 10).ShouldBe(Domain.Sessions.Rooms.RoomChange.Nothing);
        scenario.Apply(submitted, Guid.NewGuid(), 11).ShouldBe(Domain.Sessions.Rooms.RoomChange.Nothing, "an item id is added once, whatever the event id");

        scenario.Room.Items.Count.ShouldBe(1);
    }
}
