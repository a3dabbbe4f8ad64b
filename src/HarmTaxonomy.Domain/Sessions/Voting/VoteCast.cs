namespace HarmTaxonomy.Domain.Sessions.Voting;

/// <summary>
/// A participant voted on an item (on the participant's own stream, so concurrent voters never contend for one
/// stream). A later vote on the same item replaces this one in the tallies; <see cref="ClientVoteId"/> is the
/// client's id for the attempt, so a retry is recognised and counted once.
/// </summary>
public sealed record VoteCast(
    Guid SessionId,
    Guid ParticipantId,
    Guid ItemId,
    VoteValue Value,
    string ClientVoteId,
    DateTimeOffset At) : ISessionEvent;
