namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>The session ended for good; the facilitator's summary (Markdown) is what participants read afterwards.</summary>
public sealed record SessionClosed(Guid SessionId, SessionPhase From, string Summary, SessionActor By, DateTimeOffset At) : ISessionEvent;
