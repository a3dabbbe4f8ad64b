namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// The votes of a conversation as a sparse participants × items matrix (agree +1, disagree −1, pass 0; a missing
/// cell is no vote), stored row by row so memory follows the number of votes, not participants × items.
/// Build it with <see cref="VoteMatrixBuilder"/>.
/// </summary>
public sealed class VoteMatrix
{
    internal VoteMatrix(Guid[] participants, Guid[] items, int[] rowStarts, int[] columns, sbyte[] values)
    {
        Participants = participants;
        Items = items;
        RowStarts = rowStarts;
        Columns = columns;
        Values = values;
    }

    /// <summary>
    /// Row ids: participants who cast at least one vote on an included item, in the order they first voted (in id
    /// order when built from a room's <see cref="Sessions.Rooms.AnalysisInput"/>).
    /// </summary>
    public IReadOnlyList<Guid> Participants { get; }

    /// <summary>Column ids: the items included (hidden and merged-away items are left out by whoever builds the matrix).</summary>
    public IReadOnlyList<Guid> Items { get; }

    public int VoteCount => Values.Length;

    /// <summary>Where each row's votes start in <see cref="Columns"/> and <see cref="Values"/>; one extra entry ends the last row.</summary>
    internal int[] RowStarts { get; }

    internal int[] Columns { get; }

    internal sbyte[] Values { get; }

    public int VotesOf(int row) => RowStarts[row + 1] - RowStarts[row];
}
