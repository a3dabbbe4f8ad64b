using HarmTaxonomy.Domain.Analysis;
using static HarmTaxonomy.Domain.Tests.Analysis.Conversations;

namespace HarmTaxonomy.Domain.Tests.Analysis;

public sealed class AcceptanceRuleTests
{
    [Fact]
    public void An_item_every_camp_agrees_with_meets_the_default_rule()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        var check = AcceptanceRule.Default.Check(analysis, Item(0));

        check.Meets.ShouldBeTrue();
        check.Shortfalls.ShouldBeEmpty();
        check.Groups.Count.ShouldBe(2);
        check.Groups.ShouldAllBe(group => group.Applies && group.Votes.AgreeShare == 1.0);
        check.GroupInformedConsensus.ShouldBe(analysis.FindItem(Item(0))!.GroupInformedConsensus);
    }

    [Fact]
    public void An_item_one_camp_rejects_fails_on_consensus_and_names_the_group()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());
        var rejecting = analysis.Groups.Single(group => !group.Members.Contains(Person(0))).Id;

        var check = AcceptanceRule.Default.Check(analysis, Item(2));

        check.Meets.ShouldBeFalse();
        check.Shortfalls.ShouldContain(shortfall => shortfall.Kind == RuleShortfallKind.Consensus && shortfall.Required == 0.4);
        var groupShortfall = check.Shortfalls.Single(shortfall => shortfall.Kind == RuleShortfallKind.GroupAgreement);
        groupShortfall.GroupId.ShouldBe(rejecting);
        groupShortfall.Actual.ShouldBe(0);
    }

    [Fact]
    public void Groups_smaller_than_the_minimum_are_not_asked()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(perCamp: 20), Seeded());

        var check = (AcceptanceRule.Default with { MinGroupSize = 21 }).Check(analysis, Item(0));

        check.Meets.ShouldBeFalse();
        check.Shortfalls.Single().Kind.ShouldBe(RuleShortfallKind.NoGroupLargeEnough);
        check.Groups.ShouldAllBe(group => !group.Applies);
    }

    [Fact]
    public void An_item_the_analysis_has_not_seen_is_not_analysed_yet()
    {
        var analysis = OpinionAnalyzer.Analyze(TwoCamps(), Seeded());

        AcceptanceRule.Default.Check(analysis, Item(999)).Shortfalls.Single().Kind.ShouldBe(RuleShortfallKind.NotAnalysed);
    }

    [Fact]
    public void The_default_rule_reads_as_published()
    {
        AcceptanceRule.Default.Describe().ShouldBe("group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");
    }

    [Theory]
    [InlineData(1.5, 0.6, 5, "minGroupInformedConsensus")]
    [InlineData(0.4, -0.1, 5, "minGroupAgreement")]
    [InlineData(0.4, 0.6, 0, "minGroupSize")]
    public void A_rule_out_of_range_names_the_field(double consensus, double agreement, int size, string field) =>
        new AcceptanceRule(consensus, agreement, size).Problems().Keys.ShouldBe([field]);
}
