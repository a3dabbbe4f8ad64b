namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>
/// A moderator found an item to duplicate another: the duplicate's votes stay recorded and count for the
/// survivor, where each participant counts once with their latest vote on either.
/// </summary>
public sealed record ItemMerged(Guid SessionId, Guid ItemId, Guid SurvivorId, SessionActor By, DateTimeOffset At) : ISessionEvent;
