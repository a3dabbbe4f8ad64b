using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

public sealed record OpenedSessionResponse(Guid Id, string JoinCode);

public sealed record JoinedSessionResponse(Guid SessionId, Guid ParticipantId, string AccessToken);

public sealed record CreatedResponse(Guid Id);

public sealed record PhaseResponse(string Phase, DateTimeOffset? TimerEndsAt);

/// <summary>
/// <c>GET /api/v1/sessions/{id}/results</c>, read from the event store (not the live room): participants who
/// joined, current votes counted (each participant's latest vote per item, once) and the tallies of every item that
/// was not merged away. An item imported from Polis carries its Polis comment id as <c>externalId</c>.
/// </summary>
public sealed record SessionResultsResponse(int Participants, int Votes, IReadOnlyList<ResultItem> Items)
{
    public static SessionResultsResponse From(SessionRoom room) => new(
        room.Participants.Count,
        room.Votes.Counted,
        [.. room.Tallies().Select(tally => new ResultItem(tally.ItemId, tally.Agree, tally.Disagree, tally.Pass, room.FindItem(tally.ItemId)?.ExternalId))]);
}

public sealed record ResultItem(Guid Id, int Agree, int Disagree, int Pass, string? ExternalId = null);

/// <summary><c>GET /api/v1/sessions</c> and <c>GET /api/v1/sessions/{id}</c>.</summary>
public sealed record SessionResponse(
    Guid Id, string Title, string Taxonomy, string JoinCode, string Phase, bool AllowGuests, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt)
{
    public static SessionResponse From(SessionSummary summary) => new(
        summary.Id, summary.Title, summary.TaxonomySlug, summary.JoinCode, summary.Phase.ToValue(), summary.AllowGuests, summary.OpenedAt, summary.ClosedAt);
}
