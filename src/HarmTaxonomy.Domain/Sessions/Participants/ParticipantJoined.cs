namespace HarmTaxonomy.Domain.Sessions.Participants;

/// <summary>
/// Someone joined a session; starts the participant's own stream (stream id = participant id), which then holds
/// their votes. Community and language are self-declared and only recorded when the person consented.
/// <see cref="ExternalId"/> is the id the person had where the votes came from (a Polis voter id, for an import).
/// </summary>
public sealed record ParticipantJoined(
    Guid SessionId,
    Guid ParticipantId,
    string DisplayName,
    Guid? UserId,
    string? Community,
    string? Language,
    DateTimeOffset At,
    string? ExternalId = null) : ISessionEvent;
