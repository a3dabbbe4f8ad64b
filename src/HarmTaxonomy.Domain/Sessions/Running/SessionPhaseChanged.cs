namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>The facilitator moved the session to another phase, optionally with a timer for it.</summary>
public sealed record SessionPhaseChanged(
    Guid SessionId,
    SessionPhase From,
    SessionPhase To,
    DateTimeOffset? TimerEndsAt,
    SessionActor By,
    DateTimeOffset At) : ISessionEvent;
