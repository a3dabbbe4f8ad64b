using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Sessions.Facilitating;
using HarmTaxonomy.Web.Features.Sessions.Facilitating.AcceptingProposals;
using HarmTaxonomy.Web.Tests.Features.Sessions.CheckingAcceptance;
using static HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.ConsoleItems;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.AcceptingProposals;

/// <summary>The proposal board checks each proposal against the taxonomy's acceptance rule and asks before accepting one that falls short.</summary>
public sealed class RuleStatusOnBoardTests : FacilitatorContext
{
    private const string DefaultRuleText =
        "Rule (default): Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members";

    private readonly List<Guid> accepted = [];
    private readonly ConsoleItem broad = Proposal("Add “Voice cloning” under HT-3");
    private readonly ConsoleItem divisive = Proposal("Rename HT-2 to “Hate speech”");

    public RuleStatusOnBoardTests() => RenderProviders();

    // A has 8 members, B 6. The broad proposal: A 7 of 8 agree, B 5 of 6 (consensus 0.8 × 0.75 = 0.60).
    // The divisive one: A 7 of 8, B 2 of 6 (consensus 0.8 × 0.375 = 0.30).
    private OpinionAnalysis TwoGroups() => AnalysisExamples.Groups(
        [8, 6],
        (broad.Id, [new VoteCounts(7, 1, 0), new VoteCounts(5, 1, 0)]),
        (divisive.Id, [new VoteCounts(7, 1, 0), new VoteCounts(2, 4, 0)]));

    private IRenderedComponent<ProposalBoard> RenderBoard(
        IReadOnlyList<ConsoleItem> items, OpinionAnalysis? analysis, TaxonomyAcceptanceRule? rule = null) =>
        Render<ProposalBoard>(parameters => parameters
            .Add(board => board.Items, items)
            .Add(board => board.CanAccept, true)
            .Add(board => board.TaxonomySlug, "community-harms")
            .Add(board => board.TaxonomyTitle, "Community harms")
            .Add(board => board.SessionTitle, "Online harms in schools")
            .Add(board => board.Participants, 14)
            .Add(board => board.Rule, rule ?? TaxonomyAcceptanceRule.Default)
            .Add(board => board.Analysis, analysis)
            .Add(board => board.OnAccept, id => accepted.Add(id)));

    private static AngleSharp.Dom.IElement StatusOf(IRenderedComponent<ProposalBoard> cut, ConsoleItem proposal) =>
        cut.Find($"[data-testid='proposal-rule-status'][data-item-id='{proposal.Id}']");

    [Fact]
    public void Each_proposal_says_whether_it_meets_the_rule_or_which_parts_fail_with_figures()
    {
        var cut = RenderBoard([broad, divisive], TwoGroups());

        var meets = StatusOf(cut, broad);
        meets.GetAttribute("data-meets").ShouldBe("true");
        meets.TextContent.ShouldContain("Meets the rule · Consensus 0.60 · A 87 % · B 83 %");
        meets.QuerySelector("[data-testid='proposal-rule-text']")!.TextContent.Trim().ShouldBe(DefaultRuleText);

        var fails = StatusOf(cut, divisive);
        fails.GetAttribute("data-meets").ShouldBe("false");
        fails.TextContent.ShouldContain("Does not meet the rule");
        fails.QuerySelectorAll("[data-testid='proposal-rule-shortfall']").Select(item => item.TextContent.Trim())
            .ShouldBe(["Group-informed consensus 0.30 < 0.4", "Group B agrees 33 % < 60 %"]);
    }

    [Fact]
    public void A_group_where_fewer_than_five_voted_on_the_proposal_shows_no_figure()
    {
        // B has 6 members but only 4 of them voted on it: its agreement would give their votes away.
        var few = AnalysisExamples.Groups([8, 6], (divisive.Id, [new VoteCounts(7, 1, 0), new VoteCounts(1, 3, 0)]));

        var status = StatusOf(RenderBoard([divisive], few), divisive);

        status.QuerySelectorAll("[data-testid='proposal-rule-shortfall']").Select(item => item.TextContent.Trim())
            .ShouldContain("Group B agrees less than 60 % (fewer than 5 of it voted)");
        status.TextContent.ShouldNotContain("25 %");
    }

    [Fact]
    public void Before_the_first_analysis_a_proposal_is_not_analysed_yet()
    {
        var status = StatusOf(RenderBoard([broad], analysis: null), broad);

        status.GetAttribute("data-meets").ShouldBe("false");
        status.TextContent.ShouldContain("Not analysed yet");
        status.QuerySelectorAll("[data-testid='proposal-rule-shortfall']").ShouldBeEmpty();
    }

    [Fact]
    public void A_published_rule_is_the_one_shown_and_groups_too_small_for_it_are_named()
    {
        var small = AnalysisExamples.Groups([3, 2], (broad.Id, [new VoteCounts(3, 0, 0), new VoteCounts(2, 0, 0)]));

        var status = StatusOf(RenderBoard([broad], small, TaxonomyAcceptanceRule.Of(new AcceptanceRule(0.5, 0.7, 4))), broad);

        status.QuerySelector("[data-testid='proposal-rule-shortfall']")!.TextContent.Trim().ShouldBe("No opinion group has 4 members yet (largest: 3)");
        status.QuerySelector("[data-testid='proposal-rule-text']")!.TextContent.Trim()
            .ShouldBe("Rule: Group-informed consensus ≥ 0.5 and ≥ 70 % agreement in every opinion group with ≥ 4 members");
    }

    [Fact]
    public void A_new_analysis_changes_the_status_when_the_board_renders_again()
    {
        var cut = RenderBoard([broad], analysis: null);

        cut.Render(parameters => parameters.Add(board => board.Analysis, TwoGroups()));

        StatusOf(cut, broad).GetAttribute("data-meets").ShouldBe("true");
    }

    [Fact]
    public void Accepting_a_proposal_that_fails_the_rule_warns_and_waits_for_an_explicit_tick()
    {
        var cut = RenderBoard([broad, divisive], TwoGroups());

        cut.Find($"[data-testid='proposal-accept'][data-item-id='{divisive.Id}']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='accept-rule']").GetAttribute("data-meets").ShouldBe("false"));
        Dialogs.Find("[data-testid='accept-rule']").TextContent
            .ShouldContain("This proposal does not meet the published rule: Group-informed consensus 0.30 < 0.4; Group B agrees 33 % < 60 %");
        Dialogs.Find("[data-testid='proposal-accept-confirm']").HasAttribute("disabled").ShouldBeTrue();

        Dialogs.Find("input[data-testid='accept-despite-rule']").Change(true);
        Dialogs.Find("[data-testid='proposal-accept-confirm']").HasAttribute("disabled").ShouldBeFalse();
        Dialogs.Find("[data-testid='proposal-accept-confirm']").Click();

        cut.WaitForAssertion(() => accepted.ShouldBe([divisive.Id]));
    }

    [Fact]
    public void Accepting_a_proposal_that_meets_the_rule_says_so_and_needs_no_extra_tick()
    {
        var cut = RenderBoard([broad], TwoGroups());

        cut.Find($"[data-testid='proposal-accept'][data-item-id='{broad.Id}']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='accept-rule']").TextContent
            .ShouldContain("This proposal meets the published rule (Consensus 0.60 · A 87 % · B 83 %)."));
        Dialogs.FindAll("input[data-testid='accept-despite-rule']").ShouldBeEmpty();
        Dialogs.Find("[data-testid='proposal-accept-confirm']").Click();
        cut.WaitForAssertion(() => accepted.ShouldBe([broad.Id]));
    }

    [Fact]
    public void Cancelling_the_warning_accepts_nothing()
    {
        var cut = RenderBoard([divisive], TwoGroups());
        cut.Find($"[data-testid='proposal-accept'][data-item-id='{divisive.Id}']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='accept-rule']"));

        Dialogs.Find("[data-testid='proposal-accept-cancel']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid='accept-dialog']").ShouldBeEmpty());
        accepted.ShouldBeEmpty();
    }

    [Fact]
    public void An_accepted_proposal_shows_what_was_recorded_about_the_rule_instead_of_a_live_status()
    {
        var check = ProposalRuleCheck.Of(AcceptanceRule.Default, TwoGroups(), divisive.Id);
        var evidence = new RuleEvidence(check.Rule, true, check.Meets, check.GroupInformedConsensus, check.Groups, check.Shortfalls, null);
        var done = divisive with { Acceptance = new AcceptedIntoDraft(17, 9, 5, 0, "Fran", DateTimeOffset.UnixEpoch, evidence) };

        var cut = RenderBoard([done], TwoGroups());

        var record = cut.Find("[data-testid='proposal-rule-record']");
        record.GetAttribute("data-met").ShouldBe("false");
        record.TextContent.Trim().ShouldBe("Accepted without meeting the rule (Group-informed consensus 0.30 < 0.4; Group B agrees 33 % < 60 %)");
        cut.FindAll("[data-testid='proposal-rule-status']").ShouldBeEmpty();
    }
}
