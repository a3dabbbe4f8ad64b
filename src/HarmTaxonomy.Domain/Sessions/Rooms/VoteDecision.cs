using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>Either a new vote to record, or the receipt of the same client vote id recorded before.</summary>
public sealed record VoteDecision(VoteCast? Vote, VoteReceipt? Receipt)
{
    public bool IsDuplicate => Receipt is not null;

    public static VoteDecision Cast(VoteCast vote) => new(vote, null);

    public static VoteDecision Duplicate(VoteReceipt receipt) => new(null, receipt);
}
