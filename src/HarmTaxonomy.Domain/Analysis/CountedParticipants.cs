namespace HarmTaxonomy.Domain.Analysis;

/// <summary>Step 1: who counts. Enough votes to place someone reliably, topped up with the most active voters in a small room.</summary>
public static class CountedParticipants
{
    /// <returns>Row indexes in ascending order.</returns>
    public static int[] Select(VoteMatrix matrix, AnalysisParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(parameters);
        var threshold = VotesToCount(matrix, parameters);
        var rows = Enumerable.Range(0, matrix.Participants.Count);
        var qualified = rows.Where(row => matrix.VotesOf(row) >= threshold).ToList();
        if (qualified.Count < parameters.MinParticipantsCounted)
        {
            var chosen = qualified.ToHashSet();
            qualified.AddRange(rows
                .Where(row => !chosen.Contains(row) && matrix.VotesOf(row) > 0)
                .OrderByDescending(matrix.VotesOf)
                .ThenBy(row => row)
                .Take(parameters.MinParticipantsCounted - qualified.Count));
        }

        qualified.Sort();
        return [.. qualified];
    }

    public static int VotesToCount(VoteMatrix matrix, AnalysisParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(parameters);
        return Math.Min(parameters.MinVotesToCount, matrix.Items.Count);
    }
}
