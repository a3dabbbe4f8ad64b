namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>Another account may now run the session (phases, moderation, accepting proposals).</summary>
public sealed record FacilitatorAdded(Guid SessionId, Guid UserId, string Name, SessionActor By, DateTimeOffset At) : ISessionEvent;
