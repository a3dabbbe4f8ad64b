using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// What one participant sees of the room, copied out while the room's lock is held (<c>LiveRoom.Read</c>), so the
/// page renders from its own immutable copy and never touches the room between updates.
/// </summary>
public sealed record ParticipantView(
    Guid SessionId,
    Guid TaxonomyId,
    string Title,
    string Prompt,
    SessionPhase Phase,
    bool CanVote,
    string Language,
    string? Summary,
    IReadOnlyList<ItemView> Items,
    ItemView? NextCard,
    IReadOnlyList<ItemView> Mine,
    int VotesCounted,
    DateTimeOffset? TimerEndsAt = null)
{
    public bool IsClosed => Phase == SessionPhase.Closed;

    /// <summary>New statements and proposals are taken while proposing and discussing.</summary>
    public bool CanSubmit => Phase is SessionPhase.Proposing or SessionPhase.Discussing;

    /// <summary>Discussion opens after the draft phase and ends with the session.</summary>
    public bool CanComment => Phase is not (SessionPhase.Draft or SessionPhase.Closed);

    public int VoteableCount => Items.Count(item => item.State == ModerationState.Accepted);

    /// <param name="currentCard">The card on screen now: it stays until voted on, so a live update never swaps it under a thumb.</param>
    public static ParticipantView Of(SessionRoom room, Guid participantId, Guid? currentCard = null)
    {
        ArgumentNullException.ThrowIfNull(room);
        var myVotes = room.VotesOf(participantId);
        ItemView View(RoomItem item) => ItemView.Of(item, room.TallyOf(item.Id), myVotes.TryGetValue(item.Id, out var vote) ? vote : null, participantId);

        var canVote = room.Phase == SessionPhase.Voting || (room.Phase == SessionPhase.Discussing && room.Settings.VoteWhileDiscussing);
        return new ParticipantView(
            room.Id,
            room.TaxonomyId,
            room.Title,
            room.Prompt,
            room.Phase,
            canVote,
            room.Languages[0],
            room.Summary,
            [.. room.VisibleTo(participantId).Select(View)],
            room.NextCardFor(participantId, currentCard) is { } next ? View(next) : null,
            [.. room.Items.Where(item => item.AuthorParticipantId == participantId).Select(View)],
            room.Votes.Counted,
            room.TimerEndsAt);
    }
}

/// <summary>A statement or proposal as a participant sees it: its tally, their own vote and its thread.</summary>
public sealed record ItemView(
    Guid Id,
    ItemKind Kind,
    string Text,
    string AuthorName,
    bool IsMine,
    ModerationState State,
    string? HiddenReason,
    ItemTally Tally,
    VoteValue? MyVote,
    long? AcceptedDraftVersion,
    IReadOnlyList<CommentView> Comments)
{
    public static ItemView Of(RoomItem item, ItemTally tally, VoteValue? myVote, Guid participantId)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemView(
            item.Id,
            item.Kind,
            item.Text,
            item.AuthorName,
            item.AuthorParticipantId == participantId,
            item.State,
            item.HiddenReason,
            tally,
            myVote,
            item.Acceptance?.DraftVersion,
            [.. item.Comments.Select(CommentView.Of)]);
    }
}

/// <summary>A comment in an item's thread; a hidden one keeps its place without its text.</summary>
public sealed record CommentView(Guid Id, Guid? ParentId, int Depth, CommentStance Stance, string Markdown, string AuthorName, DateTimeOffset At, string? HiddenReason)
{
    public bool IsHidden => HiddenReason is not null;

    public static CommentView Of(RoomComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new CommentView(comment.Id, comment.ParentId, comment.Depth, comment.Stance, comment.IsHidden ? "" : comment.Markdown, comment.AuthorName, comment.At, comment.HiddenReason);
    }
}
