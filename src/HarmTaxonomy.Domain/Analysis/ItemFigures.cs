namespace HarmTaxonomy.Domain.Analysis;

/// <summary>Per-item counts (everyone, counted participants, each group, each community and language) in one pass over the votes.</summary>
public static class ItemFigures
{
    public sealed record Counts(VoteCounts[] Everyone, VoteCounts[] Counted, VoteCounts[][] ByGroup, SliceCounts Communities, SliceCounts Languages);

    public sealed class SliceCounts
    {
        public Dictionary<string, (VoteCounts[] Votes, int[] People)> ByValue { get; } = new(StringComparer.Ordinal);

        public void Add(string? value, int column, int columns, int vote)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            if (!ByValue.TryGetValue(value, out var cells))
            {
                cells = (new VoteCounts[columns], new int[columns]);
                ByValue[value] = cells;
            }

            cells.Votes[column] = cells.Votes[column].With(vote);
            cells.People[column]++;
        }

        public List<SliceAgreement> For(int column, int minPeople) =>
            [.. ByValue.OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .Where(entry => entry.Value.People[column] > 0)
                .Select(entry => new SliceAgreement(entry.Key, entry.Value.People[column] >= minPeople ? entry.Value.Votes[column] : null))];
    }

    public static Counts Count(VoteMatrix matrix, int[] groupOfRow, int groupCount, IReadOnlyDictionary<Guid, ParticipantTraits>? traits)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(groupOfRow);
        var columns = matrix.Items.Count;
        var everyone = new VoteCounts[columns];
        var counted = new VoteCounts[columns];
        var byGroup = Enumerable.Range(0, groupCount).Select(_ => new VoteCounts[columns]).ToArray();
        var communities = new SliceCounts();
        var languages = new SliceCounts();
        for (var row = 0; row < matrix.Participants.Count; row++)
        {
            var group = groupOfRow[row];
            var declared = traits?.GetValueOrDefault(matrix.Participants[row]);
            for (var at = matrix.RowStarts[row]; at < matrix.RowStarts[row + 1]; at++)
            {
                var column = matrix.Columns[at];
                int vote = matrix.Values[at];
                everyone[column] = everyone[column].With(vote);
                if (group >= 0)
                {
                    counted[column] = counted[column].With(vote);
                    byGroup[group][column] = byGroup[group][column].With(vote);
                }

                communities.Add(declared?.Community, column, columns, vote);
                languages.Add(declared?.Language, column, columns, vote);
            }
        }

        return new Counts(everyone, counted, byGroup, communities, languages);
    }

    public static List<ItemAnalysis> Analyse(VoteMatrix matrix, PrincipalComponents components, Counts counts, AnalysisParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(parameters);
        var columns = matrix.Items.Count;
        var items = new List<ItemAnalysis>(columns);
        for (var column = 0; column < columns; column++)
        {
            var byGroup = counts.ByGroup.Select(group => group[column]).ToArray();
            var extremity = OpinionMap.Extremity(components, column, columns);
            items.Add(new ItemAnalysis(
                matrix.Items[column],
                components.First[column],
                components.Second[column],
                extremity,
                counts.Everyone[column],
                byGroup,
                GroupInformedConsensus.Of(byGroup.Length > 0 ? byGroup : [counts.Counted[column]]),
                CardPriority.Of(counts.Everyone[column], extremity),
                counts.Communities.For(column, parameters.MinPeoplePerCell),
                counts.Languages.For(column, parameters.MinPeoplePerCell)));
        }

        return items;
    }
}
