namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>A facilitator opened a session on a taxonomy; it starts in the draft phase with its opener as facilitator.</summary>
public sealed record SessionOpened(
    Guid SessionId,
    Guid TaxonomyId,
    string TaxonomySlug,
    string Title,
    string Prompt,
    IReadOnlyList<string> Languages,
    SessionSettings Settings,
    string JoinCode,
    SessionActor By,
    DateTimeOffset At) : ISessionEvent;
