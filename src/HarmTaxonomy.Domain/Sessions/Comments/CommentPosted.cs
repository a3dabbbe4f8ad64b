namespace HarmTaxonomy.Domain.Sessions.Comments;

/// <summary>
/// Someone commented on an item (on the item's stream), or replied to a comment there. The Markdown is stored as
/// written and rendered safely (no raw HTML, safe links) wherever it is shown.
/// </summary>
public sealed record CommentPosted(
    Guid SessionId,
    Guid ItemId,
    Guid CommentId,
    Guid? ParentId,
    int Depth,
    CommentStance Stance,
    string Markdown,
    SessionActor By,
    DateTimeOffset At) : ISessionEvent;
