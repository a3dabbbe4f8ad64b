using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Running;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Running;

public sealed class ChangingPhaseTests
{
    [Fact]
    public void A_new_session_starts_in_the_draft_phase()
    {
        var scenario = Given(Opened());

        scenario.Room.Phase.ShouldBe(SessionPhase.Draft);
        scenario.Room.Facilitators.ShouldBe([FacilitatorUserId]);
    }

    [Fact]
    public void The_facilitator_moves_forward_and_back_between_the_open_phases()
    {
        var scenario = Given(Opened());

        var toVoting = scenario.WhenApplied((room, at) => room.DecidePhase(SessionPhase.Voting, null, Facilitator, at));
        var backToProposing = scenario.WhenApplied((room, at) => room.DecidePhase(SessionPhase.Proposing, null, Facilitator, at));
        scenario.And((room, at) => room.DecidePhase(SessionPhase.Draft, null, Facilitator, at));

        toVoting.From.ShouldBe(SessionPhase.Draft);
        toVoting.To.ShouldBe(SessionPhase.Voting);
        toVoting.By.ShouldBe(Facilitator);
        toVoting.TimerEndsAt.ShouldBeNull();
        backToProposing.From.ShouldBe(SessionPhase.Voting);
        backToProposing.To.ShouldBe(SessionPhase.Proposing);
        scenario.Room.Phase.ShouldBe(SessionPhase.Draft);
    }

    [Fact]
    public void Moving_to_the_phase_the_session_is_in_is_a_conflict() =>
        Given(Opened(), Phase(SessionPhase.Voting))
            .WhenRefused((room, at) => room.DecidePhase(SessionPhase.Voting, null, Facilitator, at))
            .ThenBreaks("phase", SessionRuleKind.Conflict).Message.ShouldContain("voting");

    [Fact]
    public void A_timer_on_the_current_phase_restarts_its_clock()
    {
        var scenario = Given(Opened(), Phase(SessionPhase.Voting));

        var restarted = scenario.WhenApplied((room, at) => room.DecidePhase(SessionPhase.Voting, TimeSpan.FromMinutes(5), Facilitator, at));

        restarted.TimerEndsAt.ShouldBe(scenario.Now.AddMinutes(5));
        scenario.Room.TimerEndsAt.ShouldBe(scenario.Now.AddMinutes(5));
    }

    [Fact]
    public void A_phase_without_a_timer_clears_the_previous_one()
    {
        var scenario = Given(Opened());
        scenario.And((room, at) => room.DecidePhase(SessionPhase.Proposing, TimeSpan.FromMinutes(10), Facilitator, at));

        scenario.And((room, at) => room.DecidePhase(SessionPhase.Discussing, null, Facilitator, at));

        scenario.Room.TimerEndsAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(720)]
    public void A_timer_runs_from_one_minute_to_twelve_hours(int minutes) =>
        Given(Opened()).When((room, at) => room.DecidePhase(SessionPhase.Proposing, TimeSpan.FromMinutes(minutes), Facilitator, at))
            .TimerEndsAt.ShouldNotBeNull();

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(721)]
    public void A_timer_outside_its_limits_is_refused(int minutes) =>
        Given(Opened()).WhenRefused((room, at) => room.DecidePhase(SessionPhase.Proposing, TimeSpan.FromMinutes(minutes), Facilitator, at))
            .ThenBreaks("timerMinutes");

    [Fact]
    public void Closing_is_a_step_of_its_own_not_a_phase_change() =>
        Given(Opened()).WhenRefused((room, at) => room.DecidePhase(SessionPhase.Closed, null, Facilitator, at)).ThenBreaks("phase");

    [Fact]
    public void Closing_records_the_summary_and_the_phase_it_ended_in()
    {
        var scenario = Given(Opened(), Phase(SessionPhase.Voting));

        var closed = scenario.WhenApplied((room, at) => room.DecideClose("  We named **three** new harms. ", Facilitator, at));

        closed.From.ShouldBe(SessionPhase.Voting);
        closed.Summary.ShouldBe("We named **three** new harms.");
        scenario.Room.IsClosed.ShouldBeTrue();
        scenario.Room.Phase.ShouldBe(SessionPhase.Closed);
        scenario.Room.Summary.ShouldBe("We named **three** new harms.");
        scenario.Room.ClosedAt.ShouldBe(scenario.Now);
        scenario.Room.TimerEndsAt.ShouldBeNull();
    }

    [Fact]
    public void A_summary_longer_than_the_limit_is_refused() =>
        Given(Opened()).WhenRefused((room, at) => room.DecideClose(new string('s', SessionRules.MaxSummary + 1), Facilitator, at)).ThenBreaks("summary");

    [Fact]
    public void Closed_is_final()
    {
        var scenario = Given(Opened(), Closed());

        scenario.WhenRefused((room, at) => room.DecidePhase(SessionPhase.Voting, null, Facilitator, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
        scenario.WhenRefused((room, at) => room.DecideClose("Again", Facilitator, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
    }

    [Fact]
    public void Another_account_can_be_made_facilitator_once()
    {
        var colleague = Guid.Parse("01960000-0000-7000-8000-0000000000f2");
        var scenario = Given(Opened());

        var added = scenario.WhenApplied((room, at) => room.DecideFacilitator(colleague, "Col", Facilitator, at));

        added.UserId.ShouldBe(colleague);
        scenario.Room.IsFacilitator(colleague).ShouldBeTrue();
        scenario.WhenRefused((room, at) => room.DecideFacilitator(colleague, "Col", Facilitator, at)).ThenBreaks("userId", SessionRuleKind.Conflict);
    }

    [Theory]
    [InlineData("voting", SessionPhase.Voting)]
    [InlineData(" Discussing ", SessionPhase.Discussing)]
    [InlineData("CLOSED", SessionPhase.Closed)]
    public void Phases_are_read_as_written_in_any_case(string written, SessionPhase phase) => SessionPhases.Parse(written).ShouldBe(phase);

    [Theory]
    [InlineData("vote")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_phase(string? written) => SessionPhases.Parse(written).ShouldBeNull();

    [Fact]
    public void The_next_phase_follows_the_order_and_stops_before_closing()
    {
        SessionPhase.Draft.Next().ShouldBe(SessionPhase.Proposing);
        SessionPhase.Proposing.Next().ShouldBe(SessionPhase.Discussing);
        SessionPhase.Discussing.Next().ShouldBe(SessionPhase.Voting);
        SessionPhase.Voting.Next().ShouldBeNull();
        SessionPhase.Voting.ToValue().ShouldBe("voting");
    }
}
