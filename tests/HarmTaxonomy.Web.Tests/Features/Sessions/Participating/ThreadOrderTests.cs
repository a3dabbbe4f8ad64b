using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Web.Features.Sessions.Participating;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

public sealed class ThreadOrderTests
{
    private static CommentView Comment(string text, CommentView? parent = null) =>
        new(Guid.CreateVersion7(), parent?.Id, parent is null ? 0 : parent.Depth + 1, CommentStance.For, text, "Ana", DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Replies_follow_what_they_answer_oldest_first()
    {
        var first = Comment("first");
        var second = Comment("second");
        var replyToFirst = Comment("reply to first", first);
        var replyToReply = Comment("reply to the reply", replyToFirst);
        var laterReplyToFirst = Comment("later reply to first", first);

        var ordered = ThreadOrder.Of([first, second, replyToFirst, replyToReply, laterReplyToFirst]);

        ordered.Select(comment => comment.Markdown).ShouldBe(["first", "reply to first", "reply to the reply", "later reply to first", "second"]);
    }
}
