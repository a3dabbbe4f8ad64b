namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Polis's priority for showing an item next: items that split opinion (far from the centre of the opinion map),
/// that people do not pass on, and that few have seen rise; sampling cards in proportion to it gathers the votes
/// that separate groups soonest.
/// </summary>
public static class CardPriority
{
    /// <param name="counts">The item's votes so far (everyone's).</param>
    /// <param name="extremity">How far the item lies from the centre of the opinion map (0 before any analysis).</param>
    public static double Of(VoteCounts counts, double extremity) => Of(counts.Agree, counts.Pass, counts.Total, extremity);

    /// <param name="votes">All votes on the item, passes included (s).</param>
    public static double Of(int agrees, int passes, int votes, double extremity)
    {
        var passShare = PolisStatistics.SmoothedShare(passes, votes);
        var agreeShare = PolisStatistics.SmoothedShare(agrees, votes);
        var importance = (1 - passShare) * (extremity + 1) * agreeShare;
        var novelty = 1 + (8 * Math.Pow(2, -votes / 5.0));
        var scaled = importance * novelty;
        return scaled * scaled;
    }
}
