using Bunit;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Web.Features.Sessions.Facilitating;
using HarmTaxonomy.Web.Features.Sessions.Facilitating.Moderating;
using static HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.ConsoleItems;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating.Moderating;

public sealed class ModerationQueueTests : FacilitatorContext
{
    private readonly List<Guid> approved = [];
    private readonly List<HideRequest> hidden = [];
    private readonly List<MergeRequest> merged = [];

    public ModerationQueueTests() => RenderProviders();

    private IRenderedComponent<ModerationQueue> RenderQueue(IReadOnlyList<ConsoleItem> items, bool canModerate = true, bool preModerate = true) =>
        Render<ModerationQueue>(parameters => parameters
            .Add(queue => queue.Items, items)
            .Add(queue => queue.CanModerate, canModerate)
            .Add(queue => queue.PreModerate, preModerate)
            .Add(queue => queue.OnApprove, id => approved.Add(id))
            .Add(queue => queue.OnHide, request => hidden.Add(request))
            .Add(queue => queue.OnMerge, request => merged.Add(request)));

    private static string ButtonFor(string action, ConsoleItem item) => $"[data-testid='{action}'][data-item-id='{item.Id}']";

    [Fact]
    public void Approving_a_pending_item_reports_that_item()
    {
        var first = Statement("Doxxing should be its own category", ModerationState.Pending);
        var second = Statement("Scams target older people most", ModerationState.Pending);
        var cut = RenderQueue([first, second]);

        cut.Find(ButtonFor("moderate-approve", second)).Click();

        approved.ShouldBe([second.Id]);
    }

    [Fact]
    public void Visible_items_can_be_hidden_and_merged_but_not_approved_again()
    {
        var visible = Statement("Scams target older people most");
        var cut = RenderQueue([visible]);

        cut.FindAll(ButtonFor("moderate-approve", visible)).ShouldBeEmpty();
        cut.FindAll(ButtonFor("moderate-hide", visible)).Count.ShouldBe(1);
        cut.FindAll(ButtonFor("moderate-merge", visible)).Count.ShouldBe(1);
    }

    [Fact]
    public void Hiding_asks_for_a_reason_and_reports_the_item_with_it()
    {
        var spam = Statement("Buy cheap followers here", ModerationState.Pending);
        var cut = RenderQueue([spam]);

        cut.Find(ButtonFor("moderate-hide", spam)).Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='hide-subject']").TextContent.ShouldBe("Buy cheap followers here"));
        Dialogs.Find("textarea[data-testid='moderate-hide-reason']").Input("Advertising");
        Dialogs.Find("[data-testid='moderate-hide-confirm']").Click();

        cut.WaitForAssertion(() => hidden.ShouldBe([new HideRequest(spam.Id, "Advertising")]));
        Dialogs.FindAll("[data-testid='hide-dialog']").ShouldBeEmpty();
    }

    [Fact]
    public void Hiding_without_a_reason_is_refused_next_to_the_field_and_reports_nothing()
    {
        var spam = Statement("Buy cheap followers here");
        var cut = RenderQueue([spam]);

        cut.Find(ButtonFor("moderate-hide", spam)).Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("textarea[data-testid='moderate-hide-reason']"));
        Dialogs.Find("[data-testid='moderate-hide-confirm']").Click();

        var field = Dialogs.Find("textarea[data-testid='moderate-hide-reason']").Closest(".mud-input-control")!;
        field.QuerySelector(".mud-input-helper-text")!.TextContent.ShouldContain("Enter a reason");
        Dialogs.FindAll("[data-testid='hide-dialog']").Count.ShouldBe(1);
        hidden.ShouldBeEmpty();
    }

    [Fact]
    public void Cancelling_a_hide_reports_nothing()
    {
        var item = Statement("Scams target older people most");
        var cut = RenderQueue([item]);

        cut.Find(ButtonFor("moderate-hide", item)).Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='moderate-hide-cancel']"));
        Dialogs.Find("[data-testid='moderate-hide-cancel']").Click();

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid='hide-dialog']").ShouldBeEmpty());
        hidden.ShouldBeEmpty();
    }

    [Fact]
    public void Merging_offers_the_visible_items_of_the_same_kind_explains_the_votes_and_reports_the_survivor()
    {
        var original = Statement("Scams target older people most");
        var other = Statement("Harassment moves between platforms");
        var duplicate = Statement("Older people are targeted by scams the most", ModerationState.Pending);
        var proposal = Proposal("Add “Romance scams” under HT-4");
        var pendingOne = Statement("Deepfakes need a category", ModerationState.Pending);
        var hiddenOne = Statement("Off-topic rant", ModerationState.Hidden);
        var cut = RenderQueue([original, other, duplicate, proposal, pendingOne, hiddenOne]);

        cut.Find(ButtonFor("moderate-merge", duplicate)).Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='merge-duplicate']").TextContent.ShouldBe(duplicate.Text));

        var offered = Dialogs.FindAll("input[data-testid='moderate-merge-survivor']").Select(input => input.GetAttribute("data-item-id")).ToList();
        offered.ShouldBe([original.Id.ToString(), other.Id.ToString()]);
        var explanation = Dialogs.Find("[data-testid='moderate-merge-explain']").TextContent;
        explanation.ShouldContain("its votes follow the item you choose");
        explanation.ShouldContain("counts once, with their latest vote");
        Dialogs.Find("[data-testid='moderate-merge-confirm']").HasAttribute("disabled").ShouldBeTrue();

        Dialogs.Find($"input[data-testid='moderate-merge-survivor'][data-item-id='{original.Id}']").Click();
        Dialogs.Find("[data-testid='moderate-merge-confirm']").Click();

        cut.WaitForAssertion(() => merged.ShouldBe([new MergeRequest(duplicate.Id, original.Id)]));
    }

    [Fact]
    public void A_proposal_with_nothing_to_merge_into_says_so()
    {
        var proposal = Proposal("Add “Romance scams” under HT-4");
        var cut = RenderQueue([proposal, Statement("Scams target older people most")]);

        cut.Find(ButtonFor("moderate-merge", proposal)).Click();

        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid='moderate-merge-none']"));
        Dialogs.FindAll("input[data-testid='moderate-merge-survivor']").ShouldBeEmpty();
    }

    [Fact]
    public void A_hidden_item_shows_its_reason_and_can_be_shown_again()
    {
        var item = Statement("Off-topic rant", ModerationState.Hidden);
        var cut = RenderQueue([item]);

        cut.Find($"[data-testid='moderation-item'][data-item-id='{item.Id}'] [data-testid='moderation-outcome']").TextContent.ShouldContain("Off topic");
        cut.Find(ButtonFor("moderate-restore", item)).Click();

        approved.ShouldBe([item.Id]);
    }

    [Fact]
    public void A_session_without_items_says_what_to_do_next()
    {
        var cut = RenderQueue([]);

        cut.Find("[data-testid='moderation-empty']").TextContent.ShouldContain("Seed a few statements");
        cut.FindAll("[data-testid='moderation-item']").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, "Nothing waits for approval")]
    [InlineData(false, "does not pre-moderate")]
    public void An_empty_pending_list_explains_itself(bool preModerate, string expected)
    {
        var cut = RenderQueue([Statement("Scams target older people most")], preModerate: preModerate);

        cut.Find("[data-testid='moderation-pending-empty']").TextContent.ShouldContain(expected);
    }

    [Fact]
    public void Without_the_right_to_moderate_the_items_show_without_buttons()
    {
        var cut = RenderQueue([Statement("Pending one", ModerationState.Pending), Statement("Visible one"), Statement("Hidden one", ModerationState.Hidden)], canModerate: false);

        cut.FindAll("[data-testid='moderation-item']").Count.ShouldBe(3);
        cut.FindAll("[data-testid^='moderate-']").ShouldBeEmpty();
    }
}
