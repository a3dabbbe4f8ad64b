using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Tests.Analysis;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Governing;

/// <summary>Accepting a session's proposal records how it stood against the taxonomy's acceptance rule, met or not.</summary>
public sealed class AcceptanceEvidenceTests
{
    private static readonly Guid SessionId = Guid.Parse("01960000-0000-7000-8000-0000000000a1");
    private static readonly Guid VoiceCloning = Id(50);
    private static readonly DateTimeOffset ComputedAt = new(2026, 3, 2, 8, 59, 0, TimeSpan.Zero);

    // Two camps of 20: item 0 has everyone's agreement, item 2 splits them (one camp agrees, the other disagrees).
    private static readonly OpinionAnalysis TwoCamps = OpinionAnalyzer.Analyze(Conversations.TwoCamps(), Conversations.Seeded());
    private static readonly Guid Unanimous = Conversations.Item(0);
    private static readonly Guid Divisive = Conversations.Item(2);

    private static AdoptProposal Adopt(Guid proposalId, SupportAnalysis? support) => new(
        new ProposedChange(ProposalKind.AddCategory, "en", VoiceCloning, ParentId: Fraud, Label: "Voice cloning").ToCommand(),
        new ProposalCause(SessionId, "Naming harms", proposalId, "Add “Voice cloning” under HT-3 “Fraud”", 30, 10, 0, 40),
        support);

    private static ProposalAdopted AdoptedIn(IReadOnlyList<ITaxonomyEvent> events) => events[^1].ShouldBeOfType<ProposalAdopted>();

    [Fact]
    public void A_proposal_every_camp_supports_is_recorded_as_meeting_the_rule_with_its_figures_and_analysis()
    {
        var adopted = AdoptedIn(Given(SmallTree()).When(Adopt(Unanimous, new SupportAnalysis(TwoCamps, 812, ComputedAt))));

        var evidence = adopted.Cause.Rule.ShouldNotBeNull();
        evidence.Met.ShouldBeTrue();
        evidence.Rule.ShouldBe(AcceptanceRule.Default);
        evidence.RuleIsDefault.ShouldBeTrue();
        evidence.Shortfalls.ShouldBeEmpty();
        evidence.GroupInformedConsensus.ShouldBe(TwoCamps.FindItem(Unanimous)!.GroupInformedConsensus);
        evidence.Groups.Select(group => group.Members).ShouldBe([20, 20]);
        evidence.Analysis.ShouldBe(new AnalysisUsed(42, TwoCamps.VoteCount, 40, 812, ComputedAt));
        var consensus = RuleWording.Hundredths(evidence.GroupInformedConsensus).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        adopted.Reason.ShouldBe($"Accepted from the session “Naming harms”: 30 agree, 10 disagree, 0 pass; met the acceptance rule (consensus {consensus}, A 100 %, B 100 %).");
    }

    [Fact]
    public void A_proposal_one_camp_rejects_is_still_carried_out_and_recorded_as_accepted_without_meeting_the_rule()
    {
        var scenario = Given(SmallTree());

        var events = scenario.WhenApplied(Adopt(Divisive, new SupportAnalysis(TwoCamps, 812, ComputedAt)));

        scenario.Category(VoiceCloning).Labels["en"].ShouldBe("Voice cloning");
        var evidence = AdoptedIn(events).Cause.Rule.ShouldNotBeNull();
        evidence.Met.ShouldBeFalse();
        var rejecting = evidence.Shortfalls.Single(shortfall => shortfall.Kind == RuleShortfallKind.GroupAgreement);
        rejecting.Actual.ShouldBe(0);
        evidence.Shortfalls.ShouldContain(shortfall => shortfall.Kind == RuleShortfallKind.Consensus);
        AdoptedIn(events).Reason!.ShouldContain($"; accepted without meeting the rule (Group-informed consensus ");
        AdoptedIn(events).Reason!.ShouldContain($"Group {GroupLetters.Of(rejecting.GroupId!.Value)} agrees 0 % < 60 %).");
    }

    [Fact]
    public void A_proposal_accepted_before_any_analysis_is_recorded_as_not_analysed()
    {
        var adopted = AdoptedIn(Given(SmallTree()).When(Adopt(Unanimous, support: null)));

        var evidence = adopted.Cause.Rule.ShouldNotBeNull();
        evidence.Met.ShouldBeFalse();
        evidence.Analysis.ShouldBeNull();
        evidence.Shortfalls.Single().Kind.ShouldBe(RuleShortfallKind.NotAnalysed);
        adopted.Reason.ShouldEndWith("; accepted without meeting the rule (Not analysed yet).");
    }

    [Fact]
    public void The_rule_the_curators_published_is_the_one_judged()
    {
        var scenario = Given(SmallTree()).And(new PublishAcceptanceRule(0.1, 0.5, 25));

        var evidence = AdoptedIn(scenario.When(Adopt(Unanimous, new SupportAnalysis(TwoCamps, 812, ComputedAt)))).Cause.Rule.ShouldNotBeNull();

        evidence.Rule.ShouldBe(new AcceptanceRule(0.1, 0.5, 25));
        evidence.RuleIsDefault.ShouldBeFalse();
        evidence.Met.ShouldBeFalse();
        evidence.Shortfalls.Single().ShouldBe(new RuleShortfall(RuleShortfallKind.NoGroupLargeEnough, null, 20, 25));
        RuleWording.Shortfall(evidence.Shortfalls.Single()).ShouldBe("No opinion group has 25 members yet (largest: 20)");
    }

    [Fact]
    public void The_category_history_says_whether_the_proposal_met_the_rule()
    {
        var met = AdoptedIn(Given(SmallTree()).When(Adopt(Unanimous, new SupportAnalysis(TwoCamps, 812, ComputedAt))));
        var unmet = AdoptedIn(Given(SmallTree()).When(Adopt(Divisive, new SupportAnalysis(TwoCamps, 812, ComputedAt))));
        var before = met with { Cause = met.Cause with { Rule = null } };

        TimelineDescriptions.Describe(met, VoiceCloning, 7).Summary
            .ShouldBe("Changed by a proposal accepted from the session “Naming harms” (30 agree, 10 disagree, 0 pass), which met the acceptance rule");
        TimelineDescriptions.Describe(unmet, VoiceCloning, 7).Summary.ShouldEndWith(", which did not meet the acceptance rule");
        TimelineDescriptions.Describe(before, VoiceCloning, 7).Summary
            .ShouldBe("Changed by a proposal accepted from the session “Naming harms” (30 agree, 10 disagree, 0 pass)");
    }
}
