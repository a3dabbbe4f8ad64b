namespace HarmTaxonomy.LoadTests.Hub;

/// <summary>The hub's messages as the tool reads them (the contract is docs/live-sessions.md).</summary>
public sealed record JoinSnapshot(Guid SessionId, Guid ParticipantId, string Phase, IReadOnlyList<HubItem> Items, IReadOnlyList<HubTally> Tallies, int Presence);

public sealed record HubItem(Guid Id, string Kind, string Text);

/// <summary>One entry of <c>TalliesChanged</c>: an item's counts after the votes committed so far.</summary>
public sealed record HubTally(Guid ItemId, int Agree, int Disagree, int Pass)
{
    public int Total => Agree + Disagree + Pass;
}

/// <summary>The answer to <c>CastVote</c>, sent only once the vote is committed.</summary>
public sealed record VoteAck(bool Accepted, bool Duplicate);
