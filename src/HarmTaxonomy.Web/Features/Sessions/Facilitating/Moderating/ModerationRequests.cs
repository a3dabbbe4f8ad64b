namespace HarmTaxonomy.Web.Features.Sessions.Facilitating.Moderating;

/// <summary>Hide an item, with the reason participants will read.</summary>
public sealed record HideRequest(Guid ItemId, string Reason);

/// <summary>Merge a duplicate into the item that survives; the duplicate's votes count for the survivor from then on.</summary>
public sealed record MergeRequest(Guid ItemId, Guid SurvivorId);

/// <summary>Hide one comment on an item, with the reason shown in its place.</summary>
public sealed record HideCommentRequest(Guid ItemId, Guid CommentId, string Reason);
