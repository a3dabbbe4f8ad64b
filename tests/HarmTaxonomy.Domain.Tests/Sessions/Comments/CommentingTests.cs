using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Running;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Comments;

public sealed class CommentingTests
{
    [Theory]
    [InlineData("for", CommentStance.For)]
    [InlineData(" Against", CommentStance.Against)]
    [InlineData("QUESTION", CommentStance.Question)]
    public void A_comment_on_an_item_takes_a_stance(string stance, CommentStance expected)
    {
        var scenario = Given(InVoting());

        var posted = scenario.WhenApplied((room, at) => room.DecideComment(Comment(1), Item(1), null, stance, "  I **agree** ", AnaActor, false, at));

        posted.ItemId.ShouldBe(Item(1));
        posted.CommentId.ShouldBe(Comment(1));
        posted.ParentId.ShouldBeNull();
        posted.Depth.ShouldBe(0);
        posted.Stance.ShouldBe(expected);
        posted.Markdown.ShouldBe("I **agree**");
        var comment = scenario.Item(Item(1)).Comments.ShouldHaveSingleItem();
        comment.AuthorName.ShouldBe("Ana");
        comment.AuthorParticipantId.ShouldBe(Ana);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData(null)]
    public void A_stance_outside_the_set_is_refused(string? stance) =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, stance, "Hm", AnaActor, false, at)).ThenBreaks("stance");

    [Fact]
    public void An_empty_comment_is_refused() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "  ", AnaActor, false, at)).ThenBreaks("markdown");

    [Fact]
    public void A_comment_longer_than_the_limit_is_refused() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", new string('c', SessionRules.MaxComment + 1), AnaActor, false, at))
            .ThenBreaks("markdown");

    [Fact]
    public void Replies_go_three_levels_deep_and_no_deeper()
    {
        var scenario = Given(InVoting());
        scenario.And((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "Top", AnaActor, false, at));
        var first = scenario.WhenApplied((room, at) => room.DecideComment(Comment(2), Item(1), Comment(1), "against", "Reply", BenActor, false, at));
        scenario.And((room, at) => room.DecideComment(Comment(3), Item(1), Comment(2), "question", "Reply to reply", AnaActor, false, at));
        var third = scenario.WhenApplied((room, at) => room.DecideComment(Comment(4), Item(1), Comment(3), "for", "Deepest", BenActor, false, at));

        first.Depth.ShouldBe(1);
        first.ParentId.ShouldBe(Comment(1));
        third.Depth.ShouldBe(3);
        scenario.WhenRefused((room, at) => room.DecideComment(Comment(5), Item(1), Comment(4), "for", "Too deep", AnaActor, false, at))
            .ThenBreaks("parentId").Message.ShouldContain("3 levels");
    }

    [Fact]
    public void A_reply_must_answer_a_comment_on_the_same_item() =>
        Given([.. InVoting(), Commented(Item(2), Comment(1))])
            .WhenRefused((room, at) => room.DecideComment(Comment(2), Item(1), Comment(1), "for", "Reply", AnaActor, false, at))
            .ThenBreaks("parentId", SessionRuleKind.NotFound);

    [Fact]
    public void A_comment_on_an_unknown_item_is_not_found() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(99), null, "for", "Hm", AnaActor, false, at))
            .ThenBreaks("itemId", SessionRuleKind.NotFound);

    [Fact]
    public void Participants_cannot_comment_on_an_item_waiting_for_a_moderator_but_moderators_can()
    {
        var scenario = Given([.. InVoting(), Submitted(Item(4), Ben, ModerationState.Pending)]);

        scenario.WhenRefused((room, at) => room.DecideComment(Comment(1), Item(4), null, "for", "Hm", AnaActor, false, at))
            .ThenBreaks("itemId", SessionRuleKind.Conflict).Message.ShouldContain("moderator");
        scenario.When((room, at) => room.DecideComment(Comment(1), Item(4), null, "question", "Is this a duplicate?", Facilitator, true, at)).ItemId.ShouldBe(Item(4));
    }

    [Fact]
    public void Discussion_opens_after_the_draft_phase_except_for_moderators()
    {
        var scenario = Given(Opened(), Joined(Ana), Seeded(Item(1)));

        scenario.WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "Early", AnaActor, false, at)).ThenBreaks("phase", SessionRuleKind.Conflict);
        scenario.When((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "Context", Facilitator, true, at)).Depth.ShouldBe(0);
    }

    [Fact]
    public void A_closed_session_takes_no_comments() =>
        Given([.. InVoting(), Closed()]).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "Late", AnaActor, false, at))
            .ThenBreaks("phase", SessionRuleKind.Conflict);

    [Fact]
    public void A_participant_who_left_cannot_comment() =>
        Given([.. InVoting(), Left(Ana)]).WhenRefused((room, at) => room.DecideComment(Comment(1), Item(1), null, "for", "Hm", AnaActor, false, at))
            .ThenBreaks("participantId", SessionRuleKind.Forbidden);

    [Fact]
    public void A_hidden_comment_keeps_its_place_and_its_replies()
    {
        var scenario = Given([.. InVoting(), Commented(Item(1), Comment(1)), Commented(Item(1), Comment(2), Comment(1), 1), Commented(Item(1), Comment(3))]);

        var hidden = scenario.WhenApplied((room, at) => room.DecideHideComment(Item(1), Comment(1), "Personal attack", Facilitator, at));

        hidden.Reason.ShouldBe("Personal attack");
        var comments = scenario.Item(Item(1)).Comments;
        comments.Select(comment => comment.Id).ShouldBe([Comment(1), Comment(2), Comment(3)]);
        comments[0].IsHidden.ShouldBeTrue();
        comments[0].HiddenReason.ShouldBe("Personal attack");
        comments[1].IsHidden.ShouldBeFalse();
        scenario.When((room, at) => room.DecideComment(Comment(4), Item(1), Comment(1), "for", "Still replying", BenActor, false, at)).Depth.ShouldBe(1);
    }

    [Fact]
    public void Hiding_a_comment_needs_a_reason_and_happens_once()
    {
        var scenario = Given([.. InVoting(), Commented(Item(1), Comment(1))]);

        scenario.WhenRefused((room, at) => room.DecideHideComment(Item(1), Comment(1), " ", Facilitator, at)).ThenBreaks("reason");
        scenario.And((room, at) => room.DecideHideComment(Item(1), Comment(1), "Spam", Facilitator, at));
        scenario.WhenRefused((room, at) => room.DecideHideComment(Item(1), Comment(1), "Spam", Facilitator, at)).ThenBreaks("commentId", SessionRuleKind.Conflict);
    }

    [Fact]
    public void Hiding_an_unknown_comment_is_not_found() =>
        Given(InVoting()).WhenRefused((room, at) => room.DecideHideComment(Item(1), Comment(9), "Spam", Facilitator, at)).ThenBreaks("commentId", SessionRuleKind.NotFound);

    [Fact]
    public void The_same_comment_event_applied_twice_adds_one_comment()
    {
        var scenario = Given(InVoting());
        var posted = Commented(Item(1), Comment(1));

        scenario.Apply(posted, Guid.NewGuid(), 40);
        scenario.Apply(posted, Guid.NewGuid(), 41);

        scenario.Item(Item(1)).Comments.Count.ShouldBe(1);
    }
}
