namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>
/// A statement entered the session (stream id = item id): seeded by a facilitator (accepted at once) or submitted by
/// a participant (pending when the session pre-moderates). <see cref="ExternalId"/> is the statement's id where it came
/// from (a Polis comment id, for an import).
/// </summary>
public sealed record StatementSubmitted(
    Guid SessionId,
    Guid ItemId,
    string Text,
    ModerationState State,
    SessionActor By,
    DateTimeOffset At,
    string? ExternalId = null) : ISessionEvent;
