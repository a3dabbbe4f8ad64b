namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// How one opinion group's votes on one item differ from the rest of the groups (Polis's "repness"): p is the group's
/// smoothed share, p_test how sure it is above one half, r the ratio to the rest's share and r_test a two-proportion
/// z test against the rest; the metric r · r_test · p · p_test ranks representative items.
/// </summary>
public sealed record Representativeness(
    Stance Stance,
    double P,
    double PTest,
    double R,
    double RTest)
{
    public double Metric => R * RTest * P * PTest;

    /// <summary>Both tests clear 90 % confidence: the item says something about this group.</summary>
    public bool IsSignificant => PTest > PolisStatistics.Z90 && RTest > PolisStatistics.Z90;

    public static Representativeness Of(Stance stance, VoteCounts group, VoteCounts rest)
    {
        var (inGroup, inRest) = stance == Stance.Agree ? (group.Agree, rest.Agree) : (group.Disagree, rest.Disagree);
        var p = PolisStatistics.SmoothedShare(inGroup, group.Total);
        return new Representativeness(
            stance,
            p,
            PolisStatistics.PropTest(inGroup, group.Total),
            p / PolisStatistics.SmoothedShare(inRest, rest.Total),
            PolisStatistics.TwoPropTest(inGroup, inRest, group.Total, rest.Total));
    }

    /// <summary>The significant direction with the larger metric, or null when neither agreement nor disagreement is significant.</summary>
    public static Representativeness? Best(VoteCounts group, VoteCounts rest)
    {
        var agree = Of(Stance.Agree, group, rest);
        var disagree = Of(Stance.Disagree, group, rest);
        return (agree.IsSignificant, disagree.IsSignificant) switch
        {
            (true, true) => agree.Metric >= disagree.Metric ? agree : disagree,
            (true, false) => agree,
            (false, true) => disagree,
            _ => null,
        };
    }
}
