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
    public double Metric => new Figures(P, PTest, R, RTest).Metric;

    /// <summary>Both tests clear 90 % confidence: the item says something about this group.</summary>
    public bool IsSignificant => new Figures(P, PTest, R, RTest).IsSignificant;

    public static Representativeness Of(Stance stance, VoteCounts group, VoteCounts rest) => Figures.Of(stance, group, rest).For(stance);

    /// <summary>The significant direction with the larger metric, or null when neither agreement nor disagreement is significant.</summary>
    public static Representativeness? Best(VoteCounts group, VoteCounts rest)
    {
        // Called for every group and item, and most pairs are not significant: only the answer becomes an object.
        var agree = Figures.Of(Stance.Agree, group, rest);
        var disagree = Figures.Of(Stance.Disagree, group, rest);
        return (agree.IsSignificant, disagree.IsSignificant) switch
        {
            (true, true) => agree.Metric >= disagree.Metric ? agree.For(Stance.Agree) : disagree.For(Stance.Disagree),
            (true, false) => agree.For(Stance.Agree),
            (false, true) => disagree.For(Stance.Disagree),
            _ => null,
        };
    }

    /// <summary>The four figures as a value, so that weighing both directions allocates nothing.</summary>
    private readonly record struct Figures(double P, double PTest, double R, double RTest)
    {
        public double Metric => R * RTest * P * PTest;

        public bool IsSignificant => PTest > PolisStatistics.Z90 && RTest > PolisStatistics.Z90;

        public static Figures Of(Stance stance, VoteCounts group, VoteCounts rest)
        {
            var (inGroup, inRest) = stance == Stance.Agree ? (group.Agree, rest.Agree) : (group.Disagree, rest.Disagree);
            var p = PolisStatistics.SmoothedShare(inGroup, group.Total);
            return new Figures(
                p,
                PolisStatistics.PropTest(inGroup, group.Total),
                p / PolisStatistics.SmoothedShare(inRest, rest.Total),
                PolisStatistics.TwoPropTest(inGroup, inRest, group.Total, rest.Total));
        }

        public Representativeness For(Stance stance) => new(stance, P, PTest, R, RTest);
    }
}
