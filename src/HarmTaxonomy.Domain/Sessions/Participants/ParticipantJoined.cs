namespace HarmTaxonomy.Domain.Sessions.Participants;

/// <summary>
/// Someone joined a session; starts the participant's own stream (stream id = participant id), which then holds
/// their votes. Community and language are self-declared and only recorded when the person consented.
/// </summary>
public sealed record ParticipantJoined(
    Guid SessionId,
    Guid ParticipantId,
    string DisplayName,
    Guid? UserId,
    string? Community,
    string? Language,
    DateTimeOffset At) : ISessionEvent;
