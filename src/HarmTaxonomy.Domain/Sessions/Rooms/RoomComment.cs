using HarmTaxonomy.Domain.Sessions.Comments;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>A comment on an item; a hidden one keeps its place in the thread (so replies still make sense) without its text.</summary>
public sealed record RoomComment(
    Guid Id,
    Guid ItemId,
    Guid? ParentId,
    int Depth,
    CommentStance Stance,
    string Markdown,
    string AuthorName,
    Guid? AuthorParticipantId,
    DateTimeOffset At)
{
    public string? HiddenReason { get; init; }

    public bool IsHidden => HiddenReason is not null;
}
