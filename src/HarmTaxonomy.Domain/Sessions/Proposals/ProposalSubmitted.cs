using HarmTaxonomy.Domain.Sessions.Items;

namespace HarmTaxonomy.Domain.Sessions.Proposals;

/// <summary>
/// A participant (or facilitator) proposed a change to the taxonomy (stream id = item id). <see cref="Text"/> is
/// the one-line description people vote on; it is voteable and discussable like a statement.
/// </summary>
public sealed record ProposalSubmitted(
    Guid SessionId,
    Guid ItemId,
    ProposedChange Change,
    string Text,
    ModerationState State,
    SessionActor By,
    DateTimeOffset At) : ISessionEvent;
