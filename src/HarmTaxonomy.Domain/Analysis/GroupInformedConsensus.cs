namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// How broadly an item is agreed across opinion groups: the product over groups of each group's smoothed agreement,
/// so one group's rejection pulls it down however large the others are.
/// </summary>
public static class GroupInformedConsensus
{
    public static double Of(IEnumerable<VoteCounts> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var product = 1.0;
        foreach (var group in groups)
        {
            product *= PolisStatistics.SmoothedShare(group.Agree, group.Total);
        }

        return product;
    }
}
