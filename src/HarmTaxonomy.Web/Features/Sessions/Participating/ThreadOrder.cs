namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// A thread read top to bottom: each comment followed by its replies (oldest first), so a flat list indented by depth
/// shows the conversation. A reply whose parent is missing (never expected) starts a thread of its own.
/// </summary>
public static class ThreadOrder
{
    public static IReadOnlyList<CommentView> Of(IReadOnlyList<CommentView> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var ids = comments.Select(comment => comment.Id).ToHashSet();
        var replies = comments.Where(comment => comment.ParentId is { } parent && ids.Contains(parent)).ToLookup(comment => comment.ParentId!.Value);
        var ordered = new List<CommentView>(comments.Count);
        var pending = new Stack<CommentView>(comments.Where(comment => comment.ParentId is not { } parent || !ids.Contains(parent)).Reverse());
        while (pending.Count > 0)
        {
            var comment = pending.Pop();
            ordered.Add(comment);
            foreach (var reply in replies[comment.Id].Reverse())
            {
                pending.Push(reply);
            }
        }

        return ordered;
    }
}
