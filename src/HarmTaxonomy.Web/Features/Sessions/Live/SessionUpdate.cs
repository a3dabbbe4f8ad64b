using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>What the live feed announces; each kind matches a hub message of the same name (docs/live-sessions.md).</summary>
public enum SessionUpdateKind
{
    TalliesChanged,
    ItemAdded,
    ItemModerated,
    ProposalAccepted,
    CommentAdded,
    CommentModerated,
    PhaseChanged,
    PresenceChanged,
    ParticipantsChanged,
    SessionChanged,
    AnalysisUpdated,
}

/// <summary>One announcement about a session: the item or comment it concerns, the new tallies or the presence count.</summary>
public sealed record SessionUpdate(
    SessionUpdateKind Kind,
    Guid? ItemId = null,
    Guid? CommentId = null,
    IReadOnlyList<ItemTally>? Tallies = null,
    int? Presence = null);
