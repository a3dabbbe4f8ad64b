namespace HarmTaxonomy.Domain.Analysis;

/// <summary>Per-item counts (everyone, counted participants, each group, each community and language) in one pass over the votes.</summary>
public static class ItemFigures
{
    public sealed record Counts(VoteCounts[] Everyone, VoteCounts[] Counted, VoteCounts[][] ByGroup, SliceCounts Communities, SliceCounts Languages);

    /// <summary>Votes and people per item for each value of one trait (community or language).</summary>
    public sealed class SliceCounts
    {
        private readonly Dictionary<string, (VoteCounts[] Votes, int[] People)> byValue = new(StringComparer.Ordinal);

        // Every item lists the values in the same order; sorting them once instead of once per item saves thousands of sorts.
        private KeyValuePair<string, (VoteCounts[] Votes, int[] People)>[]? ordered;

        public IReadOnlyDictionary<string, (VoteCounts[] Votes, int[] People)> ByValue => byValue;

        /// <summary>The per-item cells of one value (created on first use), or null for a blank value, which is not counted.</summary>
        public (VoteCounts[] Votes, int[] People)? CellsOf(string? value, int columns)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (!byValue.TryGetValue(value, out var cells))
            {
                cells = (new VoteCounts[columns], new int[columns]);
                byValue[value] = cells;
                ordered = null;
            }

            return cells;
        }

        public List<SliceAgreement> For(int column, int minPeople)
        {
            ordered ??= [.. byValue.OrderBy(entry => entry.Key, StringComparer.Ordinal)];
            var agreements = new List<SliceAgreement>(ordered.Length);
            foreach (var (value, cells) in ordered)
            {
                if (cells.People[column] > 0)
                {
                    agreements.Add(new SliceAgreement(value, cells.People[column] >= minPeople ? cells.Votes[column] : null));
                }
            }

            return agreements;
        }
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
            // Looked up once per participant, not once per vote.
            var declared = traits?.GetValueOrDefault(matrix.Participants[row]);
            var community = communities.CellsOf(declared?.Community, columns);
            var language = languages.CellsOf(declared?.Language, columns);
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

                CountIn(community, column, vote);
                CountIn(language, column, vote);
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

    private static void CountIn((VoteCounts[] Votes, int[] People)? cells, int column, int vote)
    {
        if (cells is { } found)
        {
            found.Votes[column] = found.Votes[column].With(vote);
            found.People[column]++;
        }
    }
}
