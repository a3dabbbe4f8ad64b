namespace HarmTaxonomy.Domain.Sessions.Voting;

/// <summary>
/// Counts votes the way the session reports them: one current vote per participant and item, the latest (by event
/// sequence) winning, and a merged duplicate's votes following its survivor, where a participant who voted on both
/// counts once with the later vote. Receipts remember each participant's client vote ids, so a retry counts once.
/// Not thread-safe: its owner serialises access.
/// </summary>
public sealed class VoteLedger
{
    private readonly Dictionary<(Guid Participant, Guid Item), CurrentVote> current = [];
    private readonly Dictionary<Guid, int[]> tallies = [];
    private readonly Dictionary<Guid, Guid> survivors = [];
    private readonly Dictionary<(Guid Participant, string ClientVoteId), VoteReceipt> receipts = [];
    private readonly Dictionary<Guid, HashSet<Guid>> votedItemsByParticipant = [];

    /// <summary>Every vote event counted in, changes included.</summary>
    public long Recorded { get; private set; }

    /// <summary>Current votes: what the tallies add up to.</summary>
    public int Counted => current.Count;

    /// <summary>The item whose tally an item's votes count in: itself, or the survivor it was merged into (transitively).</summary>
    public Guid Resolve(Guid itemId)
    {
        var resolved = itemId;
        while (survivors.TryGetValue(resolved, out var survivor))
        {
            resolved = survivor;
        }

        return resolved;
    }

    public VoteReceipt? ReceiptFor(Guid participantId, string clientVoteId) => receipts.GetValueOrDefault((participantId, clientVoteId));

    /// <summary>Counts a vote; returns the item whose tally changed, or null when the vote changed nothing (an older vote arriving late).</summary>
    public Guid? Count(VoteCast vote, long sequence)
    {
        Recorded++;
        receipts.TryAdd((vote.ParticipantId, vote.ClientVoteId), new VoteReceipt(vote.ItemId, vote.Value));
        var item = Resolve(vote.ItemId);
        var key = (vote.ParticipantId, item);
        if (current.TryGetValue(key, out var previous))
        {
            if (previous.Sequence > sequence)
            {
                return null;
            }

            Tally(item)[(int)previous.Value]--;
        }

        current[key] = new CurrentVote(vote.Value, sequence);
        Tally(item)[(int)vote.Value]++;
        VotedItems(vote.ParticipantId).Add(item);
        return item;
    }

    /// <summary>Folds a duplicate's votes into its survivor; returns the items whose tallies changed.</summary>
    public IReadOnlyList<Guid> Merge(Guid duplicateId, Guid survivorId)
    {
        var from = Resolve(duplicateId);
        var into = Resolve(survivorId);
        if (from == into)
        {
            return [];
        }

        survivors[from] = into;
        var moved = current.Where(entry => entry.Key.Item == from).ToList();
        foreach (var (key, vote) in moved)
        {
            current.Remove(key);
            // Whichever vote wins, the participant has voted on the survivor and no longer on the duplicate.
            var voted = VotedItems(key.Participant);
            voted.Remove(from);
            voted.Add(into);
            var survivorKey = (key.Participant, into);
            if (current.TryGetValue(survivorKey, out var existing))
            {
                if (existing.Sequence > vote.Sequence)
                {
                    continue;
                }

                Tally(into)[(int)existing.Value]--;
            }

            current[survivorKey] = vote;
            Tally(into)[(int)vote.Value]++;
        }

        tallies.Remove(from);
        return [from, into];
    }

    public ItemTally TallyOf(Guid itemId)
    {
        var item = Resolve(itemId);
        return tallies.TryGetValue(item, out var counts) ? new ItemTally(item, counts[0], counts[1], counts[2]) : new ItemTally(item, 0, 0, 0);
    }

    /// <summary>The participant's current vote on an item (its survivor's, after a merge), or null.</summary>
    public VoteValue? VoteOf(Guid participantId, Guid itemId) =>
        current.TryGetValue((participantId, Resolve(itemId)), out var vote) ? vote.Value : null;

    public IReadOnlyCollection<Guid> ItemsVotedBy(Guid participantId) =>
        votedItemsByParticipant.TryGetValue(participantId, out var items) ? items : [];

    /// <summary>Every current vote (after merges), in no particular order.</summary>
    public IEnumerable<(Guid ParticipantId, Guid ItemId, VoteValue Value)> CurrentVotes() =>
        current.Select(entry => (entry.Key.Participant, entry.Key.Item, entry.Value.Value));

    public int CountVotedBy(Guid participantId) => votedItemsByParticipant.TryGetValue(participantId, out var items) ? items.Count : 0;

    private int[] Tally(Guid item)
    {
        if (!tallies.TryGetValue(item, out var counts))
        {
            counts = new int[3];
            tallies[item] = counts;
        }

        return counts;
    }

    private HashSet<Guid> VotedItems(Guid participantId)
    {
        if (!votedItemsByParticipant.TryGetValue(participantId, out var items))
        {
            items = [];
            votedItemsByParticipant[participantId] = items;
        }

        return items;
    }

    private readonly record struct CurrentVote(VoteValue Value, long Sequence);
}

/// <summary>What a client vote id was recorded as: the item and value of the first vote sent with it.</summary>
public sealed record VoteReceipt(Guid ItemId, VoteValue Value);
