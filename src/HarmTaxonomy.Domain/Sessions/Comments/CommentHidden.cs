namespace HarmTaxonomy.Domain.Sessions.Comments;

/// <summary>A moderator hid a comment, saying why; replies to it stay, under a “hidden” placeholder.</summary>
public sealed record CommentHidden(Guid SessionId, Guid ItemId, Guid CommentId, string Reason, SessionActor By, DateTimeOffset At) : ISessionEvent;
