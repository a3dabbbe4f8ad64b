using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Tests.Analysis;

/// <summary>The figures the issue fixes, computed by hand from Polis's formulas.</summary>
public sealed class PolisCheckValueTests
{
    [Fact]
    public void Prop_test_of_8_of_10_is_2_11058() => PolisStatistics.PropTest(8, 10).ShouldBe(2.11058, 0.00001);

    [Fact]
    public void Prop_test_of_no_votes_is_1() => PolisStatistics.PropTest(0, 0).ShouldBe(1.0, 1e-12);

    [Fact]
    public void Two_proportion_test_of_8_of_10_against_2_of_10_is_2_56905() =>
        PolisStatistics.TwoPropTest(8, 2, 10, 10).ShouldBe(2.56905, 0.00001);

    [Fact]
    public void Two_proportion_test_is_zero_when_the_pooled_rate_is_one() =>
        PolisStatistics.TwoPropTest(10, 10, 9, 9).ShouldBe(0);

    [Fact]
    public void A_group_agreeing_8_of_10_against_a_rest_agreeing_2_of_10_has_the_issues_figures()
    {
        var repness = Representativeness.Of(Stance.Agree, new VoteCounts(8, 1, 1), new VoteCounts(2, 7, 1));

        repness.P.ShouldBe(0.75, 1e-12);
        repness.R.ShouldBe(3.0, 1e-12);
        repness.RTest.ShouldBe(2.56905, 0.00001);
        repness.Metric.ShouldBe(12.19990, 0.00001);
        repness.IsSignificant.ShouldBeTrue();
    }

    [Fact]
    public void Group_informed_consensus_over_8_of_10_and_6_of_10_is_0_4375() =>
        GroupInformedConsensus.Of([new VoteCounts(8, 2, 0), new VoteCounts(6, 4, 0)]).ShouldBe(0.4375, 1e-12);

    [Fact]
    public void Priority_of_one_agree_is_12_5297() => CardPriority.Of(agrees: 1, passes: 0, votes: 1, extremity: 0).ShouldBe(12.5297, 0.0001);

    [Fact]
    public void Priority_of_20_agrees_3_passes_in_20_votes_is_1_37238() =>
        CardPriority.Of(agrees: 20, passes: 3, votes: 20, extremity: 0).ShouldBe(1.37238, 0.00001);

    [Fact]
    public void Passes_lower_priority_and_extremity_raises_it()
    {
        CardPriority.Of(new VoteCounts(3, 1, 6), 0).ShouldBeLessThan(CardPriority.Of(new VoteCounts(3, 1, 0), 0));
        CardPriority.Of(new VoteCounts(3, 1, 0), 1.5).ShouldBeGreaterThan(CardPriority.Of(new VoteCounts(3, 1, 0), 0));
    }

    [Fact]
    public void A_significant_disagreement_is_representative_too()
    {
        var best = Representativeness.Best(new VoteCounts(0, 9, 1), new VoteCounts(8, 1, 1)).ShouldNotBeNull();

        best.Stance.ShouldBe(Stance.Disagree);
        best.P.ShouldBe(10.0 / 12, 1e-12);
    }

    [Fact]
    public void A_split_no_different_from_the_rest_is_not_representative() =>
        Representativeness.Best(new VoteCounts(5, 5, 0), new VoteCounts(5, 5, 0)).ShouldBeNull();
}
