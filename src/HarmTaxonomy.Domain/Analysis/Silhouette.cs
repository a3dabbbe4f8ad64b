namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Mean silhouette of a grouping of weighted points (base clusters standing for their members): each point's
/// (b − a) / max(a, b), with a its mean distance to the rest of its group and b to the nearest other group,
/// averaged by weight. Treating a base cluster as its members all at its centre gives the participants' silhouette.
/// </summary>
public static class Silhouette
{
    public static double Mean(IReadOnlyList<MapPoint> points, IReadOnlyList<double> weights, int[] groupOf, int groups)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(groupOf);
        var groupWeight = new double[groups];
        for (var index = 0; index < points.Count; index++)
        {
            groupWeight[groupOf[index]] += weights[index];
        }

        var sum = 0.0;
        var total = 0.0;
        for (var index = 0; index < points.Count; index++)
        {
            var distanceTo = new double[groups];
            for (var other = 0; other < points.Count; other++)
            {
                distanceTo[groupOf[other]] += weights[other] * points[index].DistanceTo(points[other]);
            }

            var own = groupOf[index];
            // Members sharing this centre are at distance 0; the point itself is not its own neighbour.
            var others = groupWeight[own] - 1;
            var within = others > 0 ? distanceTo[own] / others : 0;
            var nearest = double.MaxValue;
            for (var group = 0; group < groups; group++)
            {
                if (group != own && groupWeight[group] > 0)
                {
                    nearest = Math.Min(nearest, distanceTo[group] / groupWeight[group]);
                }
            }

            var score = others <= 0 || nearest == double.MaxValue || Math.Max(within, nearest) == 0
                ? 0
                : (nearest - within) / Math.Max(within, nearest);
            sum += weights[index] * score;
            total += weights[index];
        }

        return total == 0 ? 0 : sum / total;
    }
}
