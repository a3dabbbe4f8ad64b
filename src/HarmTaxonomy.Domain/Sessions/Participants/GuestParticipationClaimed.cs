namespace HarmTaxonomy.Domain.Sessions.Participants;

/// <summary>
/// A guest who took part in a session created an account and claimed that participation as theirs. Recorded once,
/// on the participant's own stream (the stream id is the participant id).
/// </summary>
public sealed record GuestParticipationClaimed(Guid SessionId, Guid ParticipantId, Guid UserId, DateTimeOffset ClaimedAt);
