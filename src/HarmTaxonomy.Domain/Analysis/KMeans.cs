namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Weighted k-means on map points: seeded k-means++ starts (or given starting centres), Lloyd iterations until no
/// point changes cluster. Clusters that end up empty are dropped, so fewer distinct points than k give fewer clusters.
/// </summary>
public static class KMeans
{
    public static Clustering Run(IReadOnlyList<MapPoint> points, IReadOnlyList<double> weights, int k, Random random, int maxIterations, IReadOnlyList<MapPoint>? start = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(random);
        if (points.Count == 0 || k < 1)
        {
            return new Clustering([], [], new int[points.Count]);
        }

        // Arrays, not the interfaces: the loops below run points × centres × iterations times (millions for base clusters).
        var pointArray = points as MapPoint[] ?? [.. points];
        var weightArray = weights as double[] ?? [.. weights];
        var centres = start is { Count: > 0 } ? [.. start] : PlusPlusStart(pointArray, weightArray, Math.Min(k, points.Count), random);
        var assignment = new int[points.Count];
        Array.Fill(assignment, -1);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (!Assign(pointArray, centres, assignment))
            {
                break;
            }

            centres = Centres(pointArray, weightArray, assignment, centres);
        }

        Assign(pointArray, centres, assignment);
        return Compact(pointArray, weightArray, assignment, centres.Length);
    }

    private static MapPoint[] PlusPlusStart(MapPoint[] points, double[] weights, int k, Random random)
    {
        var centres = new List<MapPoint> { points[Draw(weights, random)] };
        var nearest = new double[points.Length];
        for (var index = 0; index < points.Length; index++)
        {
            nearest[index] = points[index].SquaredDistanceTo(centres[0]);
        }

        var chances = new double[points.Length];
        while (centres.Count < k)
        {
            var total = 0.0;
            for (var index = 0; index < points.Length; index++)
            {
                chances[index] = weights[index] * nearest[index];
                total += chances[index];
            }

            if (total <= 0)
            {
                break; // every point already coincides with a centre
            }

            var chosen = points[Draw(chances, random)];
            centres.Add(chosen);
            for (var index = 0; index < points.Length; index++)
            {
                nearest[index] = Math.Min(nearest[index], points[index].SquaredDistanceTo(chosen));
            }
        }

        return [.. centres];
    }

    /// <summary>An index drawn with probability proportional to its chance.</summary>
    private static int Draw(double[] chances, Random random)
    {
        var total = 0.0;
        for (var index = 0; index < chances.Length; index++)
        {
            total += chances[index];
        }

        var target = random.NextDouble() * total;
        var last = 0;
        for (var index = 0; index < chances.Length; index++)
        {
            var share = chances[index];
            if (share <= 0)
            {
                continue;
            }

            last = index;
            target -= share;
            if (target < 0)
            {
                return index;
            }
        }

        return last;
    }

    /// <summary>Moves each point to its nearest centre (the lower index on a tie); true when any point moved.</summary>
    private static bool Assign(MapPoint[] points, MapPoint[] centres, int[] assignment)
    {
        var moved = false;
        for (var index = 0; index < points.Length; index++)
        {
            var best = 0;
            var bestDistance = double.MaxValue;
            for (var centre = 0; centre < centres.Length; centre++)
            {
                var distance = points[index].SquaredDistanceTo(centres[centre]);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = centre;
                }
            }

            if (assignment[index] != best)
            {
                assignment[index] = best;
                moved = true;
            }
        }

        return moved;
    }

    private static MapPoint[] Centres(MapPoint[] points, double[] weights, int[] assignment, MapPoint[] previous)
    {
        var sumX = new double[previous.Length];
        var sumY = new double[previous.Length];
        var total = new double[previous.Length];
        for (var index = 0; index < points.Length; index++)
        {
            var cluster = assignment[index];
            sumX[cluster] += weights[index] * points[index].X;
            sumY[cluster] += weights[index] * points[index].Y;
            total[cluster] += weights[index];
        }

        // An empty cluster keeps its old centre for now and is dropped at the end if it stays empty.
        return [.. previous.Select((centre, cluster) => total[cluster] > 0 ? new MapPoint(sumX[cluster] / total[cluster], sumY[cluster] / total[cluster]) : centre)];
    }

    private static Clustering Compact(MapPoint[] points, double[] weights, int[] assignment, int clusters)
    {
        var sumX = new double[clusters];
        var sumY = new double[clusters];
        var total = new double[clusters];
        for (var index = 0; index < points.Length; index++)
        {
            sumX[assignment[index]] += weights[index] * points[index].X;
            sumY[assignment[index]] += weights[index] * points[index].Y;
            total[assignment[index]] += weights[index];
        }

        var renumbered = new int[clusters];
        var centres = new List<MapPoint>();
        var kept = new List<double>();
        for (var cluster = 0; cluster < clusters; cluster++)
        {
            renumbered[cluster] = -1;
            if (total[cluster] > 0)
            {
                renumbered[cluster] = centres.Count;
                centres.Add(new MapPoint(sumX[cluster] / total[cluster], sumY[cluster] / total[cluster]));
                kept.Add(total[cluster]);
            }
        }

        return new Clustering([.. centres], [.. kept], [.. assignment.Select(cluster => renumbered[cluster])]);
    }
}
