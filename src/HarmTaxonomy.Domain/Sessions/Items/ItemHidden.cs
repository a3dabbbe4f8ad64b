namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>A moderator took an item out of sight, saying why; its votes stay recorded but are no longer shown.</summary>
public sealed record ItemHidden(Guid SessionId, Guid ItemId, string Reason, SessionActor By, DateTimeOffset At) : ISessionEvent;
