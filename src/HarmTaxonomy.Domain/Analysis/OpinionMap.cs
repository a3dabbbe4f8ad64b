namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Step 3: a participant's place uses only the items they voted on, scaled up by sqrt(M / mᵢ) so that someone who
/// voted on few items is not pulled towards the centre just for having voted less.
/// </summary>
public static class OpinionMap
{
    public static MapPoint[] Place(VoteMatrix matrix, IReadOnlyList<int> rows, PrincipalComponents components)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(components);
        var itemCount = matrix.Items.Count;
        var points = new MapPoint[rows.Count];
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            double x = 0, y = 0;
            for (var at = matrix.RowStarts[row]; at < matrix.RowStarts[row + 1]; at++)
            {
                var column = matrix.Columns[at];
                var centred = matrix.Values[at] - components.Centre[column];
                x += centred * components.First[column];
                y += centred * components.Second[column];
            }

            var scale = Math.Sqrt(itemCount / (double)Math.Max(matrix.VotesOf(row), 1));
            points[index] = new MapPoint(scale * x, scale * y);
        }

        return points;
    }

    /// <summary>How far from the centre someone lands who agreed with this item alone: √M · ‖(pc1ⱼ, pc2ⱼ)‖.</summary>
    public static double Extremity(PrincipalComponents components, int column, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(components);
        var first = components.First[column];
        var second = components.Second[column];
        return Math.Sqrt(itemCount) * Math.Sqrt((first * first) + (second * second));
    }
}
