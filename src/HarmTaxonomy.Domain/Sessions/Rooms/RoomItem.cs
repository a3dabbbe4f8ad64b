using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Proposals;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>A statement or proposal with its moderation state, comments and (for proposals) whether it was accepted.</summary>
public sealed class RoomItem
{
    private readonly List<RoomComment> comments = [];

    public required Guid Id { get; init; }

    public required ItemKind Kind { get; init; }

    public required string Text { get; init; }

    public ProposedChange? Change { get; init; }

    public required string AuthorName { get; init; }

    public Guid? AuthorParticipantId { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The order items entered the session: ties in the card queue go to the older item.</summary>
    public required int Order { get; init; }

    /// <summary>The item's id where it came from (a Polis comment id, for an import), or null for items entered here.</summary>
    public string? ExternalId { get; init; }

    public ModerationState State { get; internal set; }

    public string? HiddenReason { get; internal set; }

    public Guid? MergedInto { get; internal set; }

    public ProposalAccepted? Acceptance { get; internal set; }

    public IReadOnlyList<RoomComment> Comments => comments;

    public bool IsVoteable => State == ModerationState.Accepted;

    internal void AddComment(RoomComment comment) => comments.Add(comment);

    internal RoomComment? FindComment(Guid commentId) => comments.Find(comment => comment.Id == commentId);

    internal void ReplaceComment(RoomComment comment) => comments[comments.FindIndex(existing => existing.Id == comment.Id)] = comment;
}
