using HarmTaxonomy.Domain.Sessions.Running;

namespace HarmTaxonomy.Domain.Sessions.ReadModels;

/// <summary>A session as lists show it and as a join code finds it (one document per session stream).</summary>
public sealed record SessionSummary
{
    public Guid Id { get; init; }

    public Guid TaxonomyId { get; init; }

    public string TaxonomySlug { get; init; } = "";

    public string Title { get; init; } = "";

    public string JoinCode { get; init; } = "";

    public bool AllowGuests { get; init; }

    public SessionPhase Phase { get; init; }

    public IReadOnlyList<Guid> Facilitators { get; init; } = [];

    public string OpenedBy { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsOpen => Phase != SessionPhase.Closed;
}
