using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Web.Features.Researching.Browsing;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class ProvenancePanelTests : MudBunitContext
{
    private static readonly DateTimeOffset Accepted = Releases.At;

    private static AdoptionRecord Record(RuleEvidence? evidence, DateTimeOffset at, string session = "Harms at school") => new(
        new ProposalCause(Guid.CreateVersion7(), session, Guid.CreateVersion7(), "Add “Cyberbullying” under Harassment", 14, 3, 2, 19, evidence),
        [Guid.CreateVersion7()],
        "Cora",
        at,
        12);

    private static RuleEvidence Met() => new(
        AcceptanceRule.Default,
        RuleIsDefault: true,
        Met: true,
        GroupInformedConsensus: 0.527,
        [new GroupAgreement(0, 8, new VoteCounts(7, 1, 0), true), new GroupAgreement(1, 6, new VoteCounts(5, 1, 0), true), new GroupAgreement(2, 3, new VoteCounts(2, 1, 0), false)],
        [],
        null);

    private IRenderedComponent<ProvenancePanel> RenderPanel(IReadOnlyList<AdoptionRecord>? records, bool failed = false) =>
        Render<ProvenancePanel>(parameters => parameters
            .Add(p => p.Records, records)
            .Add(p => p.Failed, failed)
            .Add(p => p.Versions, [Releases.Published("1.0.0", Accepted.AddHours(-1)), Releases.Published("1.1.0", Accepted.AddHours(1))]));

    [Fact]
    public void An_accepted_proposal_shows_its_session_votes_consensus_groups_and_the_rule_it_met()
    {
        var cut = RenderPanel([Record(Met(), Accepted)]);

        var record = cut.Find("[data-testid='provenance-record']");
        record.QuerySelector("[data-testid='provenance-session']")!.TextContent.ShouldBe("Harms at school");
        record.TextContent.ShouldContain("Version 1.1.0");
        record.QuerySelector("[data-testid='provenance-proposal']")!.TextContent.ShouldBe("“Add “Cyberbullying” under Harassment”");
        record.QuerySelector("[data-testid='provenance-votes']")!.TextContent.Trim().ShouldBe("14 agree · 3 disagree · 2 pass, from 19 participants");
        record.QuerySelector("[data-testid='provenance-consensus']")!.TextContent.Trim().ShouldBe("Group-informed consensus: 0.52");
        record.QuerySelector("[data-testid='provenance-rule-verdict']")!.GetAttribute("data-met").ShouldBe("true");
        record.QuerySelector("[data-testid='provenance-rule']")!.TextContent.ShouldContain("60 %");
        record.QuerySelector("[data-testid='provenance-group-A']")!.TextContent.ShouldContain("87 %");
        record.QuerySelector("[data-testid='provenance-group-B']")!.TextContent.ShouldContain("83 %");
    }

    [Fact]
    public void A_group_with_fewer_voters_than_the_privacy_threshold_keeps_its_agreement_to_itself()
    {
        var cut = RenderPanel([Record(Met(), Accepted)]);

        var small = cut.Find("[data-testid='provenance-group-C']");
        small.TextContent.ShouldContain("Fewer than 5 voted");
        small.TextContent.ShouldNotContain("%");
    }

    [Fact]
    public void A_proposal_accepted_without_meeting_the_rule_says_where_it_fell_short()
    {
        var evidence = Met() with
        {
            Met = false,
            GroupInformedConsensus = 0.31,
            Shortfalls = [new RuleShortfall(RuleShortfallKind.Consensus, null, 0.31, 0.4)],
        };

        var cut = RenderPanel([Record(evidence, Accepted)]);

        cut.Find("[data-testid='provenance-rule-verdict']").GetAttribute("data-met").ShouldBe("false");
        cut.Find("[data-testid='provenance-shortfalls']").TextContent.ShouldContain("0.31");
    }

    [Fact]
    public void A_proposal_accepted_after_the_latest_release_is_not_shown_while_it_is_only_in_the_draft()
    {
        var cut = RenderPanel([Record(Met(), Accepted.AddHours(3), "Draft-only session")]);

        cut.FindAll("[data-testid='provenance-record']").ShouldBeEmpty();
        cut.Find("[data-testid='provenance-empty']").TextContent.ShouldContain("Added by curators, not from a session");
    }

    [Fact]
    public void A_category_no_session_shaped_says_curators_added_it()
    {
        var cut = RenderPanel([]);

        cut.Find("[data-testid='provenance-empty']").TextContent.ShouldContain("Added by curators, not from a session");
    }

    [Fact]
    public void A_cause_recorded_before_rules_existed_says_so()
    {
        var cut = RenderPanel([Record(null, Accepted)]);

        cut.Find("[data-testid='provenance-no-rule']").TextContent.ShouldContain("before acceptance rules were recorded");
        cut.FindAll("[data-testid='provenance-groups']").ShouldBeEmpty();
    }

    [Fact]
    public void Provenance_that_cannot_be_read_says_so()
    {
        var cut = RenderPanel(null, failed: true);

        cut.Find("[data-testid='provenance-unavailable']").TextContent.ShouldContain("Try again in a minute");
    }
}
