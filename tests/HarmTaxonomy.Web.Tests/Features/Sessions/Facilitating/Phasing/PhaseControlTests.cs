using Bunit;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Web.Features.Sessions.Facilitating.Phasing;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.Phasing;

public sealed class PhaseControlTests : FacilitatorContext
{
    private readonly List<PhaseChange> changes = [];
    private readonly List<string> closings = [];

    public PhaseControlTests() => RenderProviders();

    private IRenderedComponent<PhaseControl> RenderControl(SessionPhase phase, bool canRun = true, DateTimeOffset? timerEndsAt = null) =>
        Render<PhaseControl>(parameters => parameters
            .Add(control => control.Phase, phase)
            .Add(control => control.CanRun, canRun)
            .Add(control => control.TimerEndsAt, timerEndsAt)
            .Add(control => control.SessionTitle, "Online harms in schools")
            .Add(control => control.OnChangePhase, change => changes.Add(change))
            .Add(control => control.OnClose, summary => closings.Add(summary)));

    [Theory]
    [InlineData(SessionPhase.Draft, "Move to Proposing")]
    [InlineData(SessionPhase.Proposing, "Move to Discussing")]
    [InlineData(SessionPhase.Discussing, "Move to Voting")]
    public void The_next_phase_button_names_the_phase_that_follows(SessionPhase phase, string label)
    {
        var cut = RenderControl(phase);

        cut.Find("[data-testid='phase-current']").GetAttribute("data-phase").ShouldBe(phase.ToValue());
        cut.Find("[data-testid='phase-next']").TextContent.Trim().ShouldBe(label);
    }

    [Fact]
    public void After_voting_there_is_no_next_phase_only_closing()
    {
        var cut = RenderControl(SessionPhase.Voting);

        cut.FindAll("[data-testid='phase-next']").ShouldBeEmpty();
        cut.FindAll("[data-testid='session-close']").Count.ShouldBe(1);
    }

    [Fact]
    public void The_next_phase_button_moves_on_with_the_timer_given()
    {
        var cut = RenderControl(SessionPhase.Proposing);

        cut.Find("input[data-testid='phase-timer-minutes']").Change("5");
        cut.Find("[data-testid='phase-next']").Click();

        changes.ShouldBe([new PhaseChange(SessionPhase.Discussing, 5)]);
    }

    [Fact]
    public void Moving_without_a_timer_sends_none()
    {
        var cut = RenderControl(SessionPhase.Draft);

        cut.Find("[data-testid='phase-next']").Click();

        changes.ShouldBe([new PhaseChange(SessionPhase.Proposing, null)]);
    }

    [Fact]
    public void A_running_timer_counts_down_and_then_says_time_is_up()
    {
        var cut = RenderControl(SessionPhase.Voting, timerEndsAt: Now.AddMinutes(2));

        cut.Find("[data-testid='phase-timer']").TextContent.ShouldContain("02:00 left");

        Clock.Advance(TimeSpan.FromSeconds(61));
        cut.WaitForAssertion(() => cut.Find("[data-testid='phase-timer']").TextContent.ShouldContain("00:59 left"));

        Clock.Advance(TimeSpan.FromMinutes(1));
        cut.WaitForAssertion(() => cut.Find("[data-testid='phase-timer']").GetAttribute("data-expired").ShouldBe("true"));
        cut.Find("[data-testid='phase-timer']").TextContent.ShouldContain("Time is up");
    }

    [Fact]
    public void Closing_says_it_is_final_and_reports_the_summary()
    {
        var cut = RenderControl(SessionPhase.Voting);

        cut.Find("[data-testid='session-close']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='close-final']").TextContent.ShouldContain("Closing is final"));
        Dialogs.Find("textarea[data-testid='close-summary']").Input("We agreed to split *Scams*.");
        // Moving to the button leaves the field, which hands the text over without waiting for the debounce.
        Dialogs.Find("textarea[data-testid='close-summary']").Blur();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='close-summary-preview'] em").TextContent.ShouldBe("Scams"));
        Dialogs.Find("[data-testid='close-confirm']").Click();

        cut.WaitForAssertion(() => closings.ShouldBe(["We agreed to split *Scams*."]));
        changes.ShouldBeEmpty();
    }

    [Fact]
    public void Changing_ones_mind_about_closing_closes_nothing()
    {
        var cut = RenderControl(SessionPhase.Voting);

        cut.Find("[data-testid='session-close']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='close-cancel']"));
        Dialogs.Find("[data-testid='close-cancel']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid='close-dialog']").ShouldBeEmpty());
        closings.ShouldBeEmpty();
    }

    [Fact]
    public void A_closed_session_is_read_only()
    {
        var cut = RenderControl(SessionPhase.Closed, timerEndsAt: Now.AddMinutes(5));

        cut.Find("[data-testid='phase-current']").GetAttribute("data-phase").ShouldBe("closed");
        cut.Find("[data-testid='phase-closed']").TextContent.ShouldContain("read-only");
        cut.FindAll("[data-testid='phase-next']").ShouldBeEmpty();
        cut.FindAll("[data-testid='phase-move']").ShouldBeEmpty();
        cut.FindAll("[data-testid='phase-select']").ShouldBeEmpty();
        cut.FindAll("[data-testid='session-close']").ShouldBeEmpty();
        cut.FindAll("[data-testid='phase-timer']").ShouldBeEmpty();
    }

    [Fact]
    public void Someone_who_does_not_run_the_session_sees_the_phase_but_no_controls()
    {
        var cut = RenderControl(SessionPhase.Discussing, canRun: false);

        cut.Find("[data-testid='phase-current']").GetAttribute("data-phase").ShouldBe("discussing");
        cut.Find("[data-testid='phase-readonly']");
        cut.FindAll("[data-testid='phase-next']").ShouldBeEmpty();
        cut.FindAll("[data-testid='session-close']").ShouldBeEmpty();
    }
}
