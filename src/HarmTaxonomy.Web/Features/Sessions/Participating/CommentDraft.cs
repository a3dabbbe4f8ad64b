using HarmTaxonomy.Domain.Sessions.Comments;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>A comment as the thread's form sends it: on which item, in reply to which comment (null: a new thread), for or against or asking.</summary>
public sealed record CommentDraft(Guid ItemId, Guid? ParentId, CommentStance Stance, string? Markdown);
