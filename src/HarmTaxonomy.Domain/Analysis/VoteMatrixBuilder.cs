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

    // Votes as they come, in three flat lists rather than a dictionary per participant: a million votes are then
    // three arrays instead of thousands of hash tables, and building sorts each row once.
    private readonly List<int> rowOfVote = [];
    private readonly List<int> columnOfVote = [];
    private readonly List<sbyte> valueOfVote = [];

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
        }

        rowOfVote.Add(row);
        columnOfVote.Add(column);
        valueOfVote.Add((sbyte)value);
        return true;
    }

    /// <summary>Rows in the order participants first voted.</summary>
    public VoteMatrix Build() => Build(Enumerable.Range(0, participants.Count).ToArray());

    /// <summary>
    /// Rows in participant id order, for votes that come in no meaningful order (a room's ledger is a dictionary):
    /// the matrix, and with it the analysis, is then the same whatever order the same votes were added in.
    /// </summary>
    internal VoteMatrix BuildInParticipantIdOrder()
    {
        var ids = participants.ToArray();
        var rows = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(ids, rows);
        return Build(rows);
    }

    /// <param name="rowOrder">The rows as added, in the order the matrix lists them.</param>
    private VoteMatrix Build(int[] rowOrder)
    {
        var cells = CellsByRow(rowOrder, out var rowEnds);
        var rowStarts = new int[rowOrder.Length + 1];
        var columns = new int[cells.Length];
        var values = new sbyte[cells.Length];
        var kept = 0;
        var from = 0;
        for (var row = 0; row < rowOrder.Length; row++)
        {
            // Sorted columns keep every sum in the same order, so equal input gives bit-identical output.
            Array.Sort(cells, from, rowEnds[row] - from);
            for (var at = from; at < rowEnds[row]; at++)
            {
                var (column, vote) = Unpack(cells[at]);
                var replacedLater = at + 1 < rowEnds[row] && Unpack(cells[at + 1]).Column == column;
                if (!replacedLater)
                {
                    columns[kept] = column;
                    values[kept] = valueOfVote[vote];
                    kept++;
                }
            }

            rowStarts[row + 1] = kept;
            from = rowEnds[row];
        }

        if (kept < cells.Length)
        {
            Array.Resize(ref columns, kept);
            Array.Resize(ref values, kept);
        }

        return new VoteMatrix([.. rowOrder.Select(row => participants[row])], items, rowStarts, columns, values);
    }

    /// <summary>
    /// Every vote as one number, column in the high half and the order it was added in the low half, grouped by row
    /// of the matrix (<paramref name="rowEnds"/> marks where each row's group ends). Sorting a row's numbers orders it
    /// by column and, within one cell, by arrival, so the last of a cell's votes is the one that stands.
    /// </summary>
    private long[] CellsByRow(int[] rowOrder, out int[] rowEnds)
    {
        var matrixRowOf = new int[rowOrder.Length];
        for (var row = 0; row < rowOrder.Length; row++)
        {
            matrixRowOf[rowOrder[row]] = row;
        }

        rowEnds = new int[rowOrder.Length];
        foreach (var row in rowOfVote)
        {
            rowEnds[matrixRowOf[row]]++;
        }

        for (var row = 1; row < rowEnds.Length; row++)
        {
            rowEnds[row] += rowEnds[row - 1];
        }

        var next = new int[rowOrder.Length];
        for (var row = 1; row < next.Length; row++)
        {
            next[row] = rowEnds[row - 1];
        }

        var cells = new long[rowOfVote.Count];
        for (var vote = 0; vote < rowOfVote.Count; vote++)
        {
            cells[next[matrixRowOf[rowOfVote[vote]]]++] = ((long)columnOfVote[vote] << 32) | (uint)vote;
        }

        return cells;
    }

    private static (int Column, int Vote) Unpack(long cell) => ((int)(cell >> 32), (int)(cell & uint.MaxValue));
}
