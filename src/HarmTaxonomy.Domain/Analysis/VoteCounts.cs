namespace HarmTaxonomy.Domain.Analysis;

/// <summary>How many of some set of participants agreed, disagreed and passed on one item.</summary>
public readonly record struct VoteCounts(int Agree, int Disagree, int Pass)
{
    /// <summary>All votes, passes included (Polis's s).</summary>
    public int Total => Agree + Disagree + Pass;

    /// <summary>Agreement as a plain share of the votes cast (0 when nobody voted).</summary>
    public double AgreeShare => Total == 0 ? 0 : (double)Agree / Total;

    public static VoteCounts operator +(VoteCounts left, VoteCounts right) =>
        new(left.Agree + right.Agree, left.Disagree + right.Disagree, left.Pass + right.Pass);

    public static VoteCounts operator -(VoteCounts left, VoteCounts right) =>
        new(left.Agree - right.Agree, left.Disagree - right.Disagree, left.Pass - right.Pass);

    public VoteCounts With(int value) => value switch
    {
        > 0 => this with { Agree = Agree + 1 },
        < 0 => this with { Disagree = Disagree + 1 },
        _ => this with { Pass = Pass + 1 },
    };
}
