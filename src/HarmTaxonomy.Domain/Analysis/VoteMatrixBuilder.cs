namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Collects current votes (one per participant and item; a later <see cref="Add"/> for the same cell replaces the
/// earlier) and builds the sparse <see cref="VoteMatrix"/>. Votes on items not passed to the constructor are ignored.
/// </summary>
public sealed class VoteMatrixBuilder
{
    private readonly Guid[] items;
    private readonly Dictionary<Guid, int> columnOf;
    private readonly Dictionary<Guid, int> rowOf = [];
    private readonly List<Guid> participants = [];
    private readonly List<Dictionary<int, sbyte>> rows = [];

    public VoteMatrixBuilder(IEnumerable<Guid> includedItems)
    {
        ArgumentNullException.ThrowIfNull(includedItems);
        items = [.. includedItems.Distinct()];
        columnOf = new Dictionary<Guid, int>(items.Length);
        for (var column = 0; column < items.Length; column++)
        {
            columnOf[items[column]] = column;
        }
    }

    /// <summary>Records a vote (+1 agree, −1 disagree, 0 pass); false when the item is not included.</summary>
    public bool Add(Guid participantId, Guid itemId, int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
        if (!columnOf.TryGetValue(itemId, out var column))
        {
            return false;
        }

        if (!rowOf.TryGetValue(participantId, out var row))
        {
            row = participants.Count;
            rowOf[participantId] = row;
            participants.Add(participantId);
            rows.Add([]);
        }

        rows[row][column] = (sbyte)value;
        return true;
    }

    public VoteMatrix Build()
    {
        var rowStarts = new int[rows.Count + 1];
        for (var row = 0; row < rows.Count; row++)
        {
            rowStarts[row + 1] = rowStarts[row] + rows[row].Count;
        }

        var columns = new int[rowStarts[^1]];
        var values = new sbyte[rowStarts[^1]];
        for (var row = 0; row < rows.Count; row++)
        {
            var at = rowStarts[row];
            // Sorted columns keep every sum in the same order, so equal input gives bit-identical output.
            foreach (var (column, value) in rows[row].OrderBy(cell => cell.Key))
            {
                columns[at] = column;
                values[at] = value;
                at++;
            }
        }

        return new VoteMatrix([.. participants], items, rowStarts, columns, values);
    }
}
