namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Step 4: base clusters (k-means with up to 100 clusters on participants' places), then opinion groups (weighted
/// k-means over base-cluster centres) for each k from 2 up, the k with the best mean silhouette winning (ties to
/// the larger k), held back until the same new k wins several recomputes in a row so the map does not flicker.
/// </summary>
public static class OpinionGroupFinder
{
    public sealed record Found(int[] GroupOfPoint, MapPoint[] Centres, GroupCountChoice Choice);

    public static Found Find(IReadOnlyList<MapPoint> places, AnalysisParameters parameters, OpinionAnalysis? previous, Random random)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(random);
        var ones = Enumerable.Repeat(1.0, places.Count).ToArray();
        var baseClusters = KMeans.Run(places, ones, Math.Min(parameters.MaxBaseClusters, places.Count), random, parameters.MaxKMeansIterations);
        var baseCount = baseClusters.Count;
        if (baseCount < 2)
        {
            return new Found(new int[places.Count], [.. baseClusters.Centres], new GroupCountChoice(baseCount, baseCount, null, 0, []));
        }

        var largestK = Math.Min(Math.Min(parameters.MaxGroups, 2 + (baseCount / parameters.BaseClustersPerExtraGroup)), baseCount);
        var tried = new Dictionary<int, Clustering>();
        var scores = new List<GroupCountScore>();
        for (var k = 2; k <= largestK; k++)
        {
            var warm = previous is not null && previous.Groups.Count == k ? previous.Groups.Select(group => new MapPoint(group.X, group.Y)).ToList() : null;
            var groups = KMeans.Run(baseClusters.Centres, baseClusters.Weights, k, random, parameters.MaxKMeansIterations, warm);
            tried[k] = groups;
            scores.Add(new GroupCountScore(k, Silhouette.Mean(baseClusters.Centres, baseClusters.Weights, groups.Assignment, groups.Count)));
        }

        var winner = scores.Aggregate((best, score) => score.Silhouette >= best.Silhouette ? score : best).K;
        var choice = Choose(winner, scores, previous?.GroupCount, largestK, parameters);
        var chosen = tried[choice.Chosen];
        var ordered = Order(chosen, previous);
        var groupOfPoint = baseClusters.Assignment.Select(cluster => ordered.NewIndex[chosen.Assignment[cluster]]).ToArray();
        return new Found(groupOfPoint, ordered.Centres, choice);
    }

    private static GroupCountChoice Choose(int winner, List<GroupCountScore> scores, GroupCountChoice? previous, int largestK, AnalysisParameters parameters)
    {
        if (previous is null || previous.Chosen < 2 || previous.Chosen > largestK || previous.Chosen == winner)
        {
            return new GroupCountChoice(winner, winner, null, 0, scores);
        }

        var wins = previous.Candidate == winner ? previous.CandidateWins + 1 : 1;
        return wins >= parameters.WinsToChangeGroupCount
            ? new GroupCountChoice(winner, winner, null, 0, scores)
            : new GroupCountChoice(previous.Chosen, winner, winner, wins, scores);
    }

    /// <summary>Keeps group ids (and so colours) where they were: each previous group, in turn, takes the nearest new one; otherwise largest first.</summary>
    private static (int[] NewIndex, MapPoint[] Centres) Order(Clustering groups, OpinionAnalysis? previous)
    {
        var remaining = Enumerable.Range(0, groups.Count).ToList();
        var order = new List<int>();
        if (previous is not null && previous.Groups.Count == groups.Count)
        {
            foreach (var old in previous.Groups.OrderBy(group => group.Id))
            {
                var at = new MapPoint(old.X, old.Y);
                var nearest = remaining.OrderBy(index => groups.Centres[index].SquaredDistanceTo(at)).ThenBy(index => index).First();
                order.Add(nearest);
                remaining.Remove(nearest);
            }
        }
        else
        {
            order.AddRange(remaining.OrderByDescending(index => groups.Weights[index]).ThenBy(index => groups.Centres[index].X).ThenBy(index => index));
        }

        var newIndex = new int[groups.Count];
        for (var position = 0; position < order.Count; position++)
        {
            newIndex[order[position]] = position;
        }

        return (newIndex, [.. order.Select(index => groups.Centres[index])]);
    }
}
