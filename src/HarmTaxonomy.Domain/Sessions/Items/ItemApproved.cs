namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>A moderator let a pending (or hidden) item through: it can now be seen and voted on.</summary>
public sealed record ItemApproved(Guid SessionId, Guid ItemId, SessionActor By, DateTimeOffset At) : ISessionEvent;
