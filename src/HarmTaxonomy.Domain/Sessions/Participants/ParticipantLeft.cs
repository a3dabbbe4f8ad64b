namespace HarmTaxonomy.Domain.Sessions.Participants;

/// <summary>A participant left the session on purpose; their votes stay counted.</summary>
public sealed record ParticipantLeft(Guid SessionId, Guid ParticipantId, DateTimeOffset At) : ISessionEvent;
