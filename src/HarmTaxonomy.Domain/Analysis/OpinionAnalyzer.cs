namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Runs the whole Polis method on a vote matrix: who counts, PCA (seeded, warm-started from the previous result),
/// the opinion map, groups, representative items, consensus and per-item figures. Pure: no I/O, no clock, no
/// unseeded randomness, so the same input gives the same output bit for bit.
/// </summary>
public static class OpinionAnalyzer
{
    public static OpinionAnalysis Analyze(
        VoteMatrix matrix,
        AnalysisParameters parameters,
        OpinionAnalysis? previous = null,
        IReadOnlyDictionary<Guid, ParticipantTraits>? traits = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(parameters);
        var random = new Random(parameters.Seed);
        var counted = CountedParticipants.Select(matrix, parameters);
        var (warmFirst, warmSecond) = WarmStart(matrix, previous);
        var components = PrincipalComponents.Compute(matrix, counted, warmFirst, warmSecond, random, parameters.PowerIterations);
        var places = OpinionMap.Place(matrix, counted, components);
        var found = OpinionGroupFinder.Find(places, parameters, previous, random);

        var groupCount = found.Centres.Length;
        var groupOfRow = new int[matrix.Participants.Count];
        Array.Fill(groupOfRow, -1);
        for (var index = 0; index < counted.Length; index++)
        {
            groupOfRow[counted[index]] = found.GroupOfPoint[index];
        }

        var figures = ItemFigures.Count(matrix, groupOfRow, groupCount, traits);
        var items = ItemFigures.Analyse(matrix, components, figures, parameters);
        var groups = Enumerable.Range(0, groupCount)
            .Select(group => new OpinionGroup(
                group,
                found.Centres[group].X,
                found.Centres[group].Y,
                [.. counted.Where(row => groupOfRow[row] == group).Select(row => matrix.Participants[row])],
                Representatives(matrix, figures, group, parameters.MaxRepresentativeItems)))
            .ToList();

        return new OpinionAnalysis
        {
            Parameters = parameters,
            VoteCount = matrix.VoteCount,
            ParticipantCount = matrix.Participants.Count,
            VotesToCount = CountedParticipants.VotesToCount(matrix, parameters),
            Participants = [.. counted.Select((row, index) => new ParticipantPlacement(matrix.Participants[row], places[index].X, places[index].Y, groupOfRow[row]))],
            Groups = groups,
            Consensus = Consensus(matrix, figures, parameters.MaxConsensusItems),
            Items = items,
            GroupCount = found.Choice,
        };
    }

    private static (double[]? First, double[]? Second) WarmStart(VoteMatrix matrix, OpinionAnalysis? previous)
    {
        if (previous is null || previous.Items.Count == 0)
        {
            return (null, null);
        }

        var known = previous.Items.ToDictionary(item => item.ItemId);
        var first = matrix.Items.Select(item => known.TryGetValue(item, out var old) ? old.First : double.NaN).ToArray();
        var second = matrix.Items.Select(item => known.TryGetValue(item, out var old) ? old.Second : double.NaN).ToArray();
        return (first, second);
    }

    private static List<RepresentativeItem> Representatives(VoteMatrix matrix, ItemFigures.Counts figures, int group, int limit) =>
        [.. Enumerable.Range(0, matrix.Items.Count)
            .Select(column => (Column: column, Repness: Representativeness.Best(figures.ByGroup[group][column], figures.Counted[column] - figures.ByGroup[group][column])))
            .Where(candidate => candidate.Repness is not null)
            .OrderByDescending(candidate => candidate.Repness!.Metric)
            .ThenBy(candidate => candidate.Column)
            .Take(limit)
            .Select(candidate => new RepresentativeItem(
                matrix.Items[candidate.Column], candidate.Repness!.Stance, candidate.Repness.P, candidate.Repness.PTest, candidate.Repness.R, candidate.Repness.RTest, candidate.Repness.Metric))];

    private static ConsensusItems Consensus(VoteMatrix matrix, ItemFigures.Counts figures, int limit)
    {
        List<ConsensusItem> Leaning(Func<VoteCounts, int> count) =>
            [.. Enumerable.Range(0, matrix.Items.Count)
                .Select(column =>
                {
                    var votes = figures.Counted[column];
                    return (Column: column, P: PolisStatistics.SmoothedShare(count(votes), votes.Total), PTest: PolisStatistics.PropTest(count(votes), votes.Total));
                })
                .Where(candidate => candidate.P > 0.5 && candidate.PTest > PolisStatistics.Z90)
                .OrderByDescending(candidate => candidate.P * candidate.PTest)
                .ThenBy(candidate => candidate.Column)
                .Take(limit)
                .Select(candidate => new ConsensusItem(matrix.Items[candidate.Column], candidate.P, candidate.PTest))];

        return new ConsensusItems(Leaning(votes => votes.Agree), Leaning(votes => votes.Disagree));
    }
}
