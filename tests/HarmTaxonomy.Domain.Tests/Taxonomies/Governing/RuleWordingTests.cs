using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Governing;

public sealed class RuleWordingTests
{
    [Theory]
    [InlineData(RuleShortfallKind.Consensus, null, 0.318, 0.4, "Group-informed consensus 0.31 < 0.4")]
    [InlineData(RuleShortfallKind.Consensus, null, 0.3999, 0.4, "Group-informed consensus 0.39 < 0.4")]
    [InlineData(RuleShortfallKind.GroupAgreement, 1, 0.45, 0.6, "Group B agrees 45 % < 60 %")]
    [InlineData(RuleShortfallKind.GroupAgreement, 0, 0.599, 0.6, "Group A agrees 59 % < 60 %")]
    [InlineData(RuleShortfallKind.NoGroupLargeEnough, null, 3, 5, "No opinion group has 5 members yet (largest: 3)")]
    [InlineData(RuleShortfallKind.NotAnalysed, null, 0, 0, "Not analysed yet")]
    public void Each_shortfall_reads_with_its_figures(RuleShortfallKind kind, int? group, double actual, double required, string expected) =>
        RuleWording.Shortfall(new RuleShortfall(kind, group, actual, required)).ShouldBe(expected);

    [Fact]
    public void The_figures_name_the_groups_the_rule_asked()
    {
        var check = new RuleCheck(
            AcceptanceRule.Default,
            true,
            0.523,
            [
                new GroupAgreement(0, 10, new VoteCounts(8, 2, 0), true),
                new GroupAgreement(1, 7, new VoteCounts(5, 1, 1), true),
                new GroupAgreement(2, 2, new VoteCounts(0, 2, 0), false),
            ],
            []);

        RuleWording.Figures(check).ShouldBe("consensus 0.52, A 80 %, B 71 %");
    }

    [Fact]
    public void A_group_where_too_few_voted_on_the_item_keeps_its_agreement_to_itself()
    {
        var check = new RuleCheck(
            AcceptanceRule.Default,
            false,
            0.3,
            [new GroupAgreement(0, 10, new VoteCounts(8, 2, 0), true), new GroupAgreement(1, 7, new VoteCounts(1, 3, 0), true)],
            [new RuleShortfall(RuleShortfallKind.GroupAgreement, 1, 0.25, 0.6)]);

        RuleWording.Figures(check, minPeople: 5).ShouldBe("consensus 0.30, A 80 %, B: fewer than 5 voted");
        RuleWording.Shortfall(check.Shortfalls[0], check, minPeople: 5).ShouldBe("Group B agrees less than 60 % (fewer than 5 voted)");
        RuleWording.Shortfall(check.Shortfalls[0]).ShouldBe("Group B agrees 25 % < 60 %");
    }
}
