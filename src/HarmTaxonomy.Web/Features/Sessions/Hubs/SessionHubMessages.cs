using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Components.Markdown;

namespace HarmTaxonomy.Web.Features.Sessions.Hubs;

/// <summary>The answer to <c>Join</c>: everything a client needs to draw the session, then kept current by the messages.</summary>
public sealed record JoinSnapshot(
    Guid SessionId,
    Guid ParticipantId,
    string Phase,
    IReadOnlyList<HubItem> Items,
    IReadOnlyList<HubVote> MyVotes,
    IReadOnlyList<HubTally> Tallies,
    int Presence)
{
    public static JoinSnapshot Of(SessionRoom room, Guid participantId, int presence) => new(
        room.Id,
        participantId,
        room.Phase.ToValue(),
        [.. room.VisibleTo(null).Select(HubItem.Of)],
        [.. room.VotesOf(participantId).Select(vote => new HubVote(vote.Key, vote.Value.ToValue()))],
        [.. room.VisibleTo(null).Select(item => HubTally.Of(room.TallyOf(item.Id)))],
        presence);
}

/// <summary>An item as clients list it: <c>kind</c> is <c>statement</c> or <c>proposal</c>.</summary>
public sealed record HubItem(Guid Id, string Kind, string Text)
{
    public static HubItem Of(RoomItem item) => new(item.Id, item.Kind == ItemKind.Proposal ? "proposal" : "statement", item.Text);
}

public sealed record HubVote(Guid ItemId, string Value);

/// <summary>One entry of <c>TalliesChanged</c> and of the snapshot's tallies.</summary>
public sealed record HubTally(Guid ItemId, int Agree, int Disagree, int Pass)
{
    public static HubTally Of(ItemTally tally) => new(tally.ItemId, tally.Agree, tally.Disagree, tally.Pass);
}

/// <summary><c>ItemModerated</c>: <c>state</c> is accepted, hidden or merged (then <c>mergedInto</c> names the survivor).</summary>
public sealed record HubModeration(Guid ItemId, string State, string? Reason, Guid? MergedInto, HubItem Item)
{
    public static HubModeration Of(RoomItem item) =>
        new(item.Id, item.State.ToString().ToLowerInvariant(), item.HiddenReason, item.MergedInto, HubItem.Of(item));
}

/// <summary><c>CommentAdded</c>: the Markdown as written and as safe HTML (raw HTML off, links nofollow noopener).</summary>
public sealed record HubComment(Guid ItemId, Guid CommentId, Guid? ParentId, int Depth, string Stance, string AuthorName, string Markdown, string Html, DateTimeOffset At)
{
    public static HubComment Of(RoomComment comment) => new(
        comment.ItemId, comment.Id, comment.ParentId, comment.Depth, comment.Stance.ToString().ToLowerInvariant(), comment.AuthorName,
        comment.IsHidden ? "" : comment.Markdown, comment.IsHidden ? "" : SafeMarkdown.ToHtml(comment.Markdown), comment.At);
}

/// <summary><c>PhaseChanged</c>: the phase and when its timer ends (null: no timer).</summary>
public sealed record HubPhase(string Phase, DateTimeOffset? TimerEndsAt)
{
    public static HubPhase Of(SessionRoom room) => new(room.Phase.ToValue(), room.TimerEndsAt);
}

/// <summary>The answer to <c>SubmitStatement</c>, <c>Propose</c> and <c>Comment</c>: the new id, and whether it waits for a moderator.</summary>
public sealed record HubSubmitted(Guid Id, string State);

/// <summary>Message names the server sends, as constants so the relay, the docs and the tests agree.</summary>
public static class SessionHubEvents
{
    public const string TalliesChanged = nameof(TalliesChanged);
    public const string ItemAdded = nameof(ItemAdded);
    public const string ItemModerated = nameof(ItemModerated);
    public const string CommentAdded = nameof(CommentAdded);
    public const string PhaseChanged = nameof(PhaseChanged);
    public const string PresenceChanged = nameof(PresenceChanged);
    public const string ProposalAccepted = nameof(ProposalAccepted);
    public const string CommentHidden = nameof(CommentHidden);
    public const string AnalysisUpdated = nameof(AnalysisUpdated);
}

/// <summary>
/// <c>AnalysisUpdated</c>: a new opinion analysis is stored; the figures say how much it covers, and
/// <c>GET /api/v1/sessions/{id}/analysis</c> (or the pages) give the whole of it.
/// </summary>
public sealed record HubAnalysis(Guid SessionId, int Votes, int Participants, int Groups, int Seed, DateTimeOffset StartedAt, DateTimeOffset ComputedAt)
{
    public static HubAnalysis Of(SessionAnalysis stored) => new(
        stored.Id, stored.Analysis.VoteCount, stored.Analysis.Participants.Count, stored.Analysis.Groups.Count, stored.Analysis.Seed, stored.StartedAt, stored.ComputedAt);
}

/// <summary><c>CommentHidden</c>: a moderator hid a comment; clients drop its text and show the reason.</summary>
public sealed record HubHiddenComment(Guid ItemId, Guid CommentId, string Reason);

/// <summary><c>ProposalAccepted</c>: the proposal went into the taxonomy draft at that version.</summary>
public sealed record HubAcceptance(Guid ItemId, long DraftVersion, int Agree, int Disagree, int Pass)
{
    public static HubAcceptance Of(ProposalAccepted accepted) => new(accepted.ItemId, accepted.DraftVersion, accepted.Agree, accepted.Disagree, accepted.Pass);
}
