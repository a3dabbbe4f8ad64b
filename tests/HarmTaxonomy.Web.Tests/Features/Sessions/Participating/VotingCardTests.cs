using Bunit;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using Microsoft.AspNetCore.Components;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

public sealed class VotingCardTests : MudBunitContext
{
    private static readonly ItemView Card = new(
        Guid.CreateVersion7(), ItemKind.Statement, "Voice clones of relatives used in scams deserve a category of their own.", "Fran",
        IsMine: false, ModerationState.Accepted, null, new ItemTally(Guid.Empty, 2, 1, 0), null, null, []);

    private readonly List<CardVote> votes = [];

    private IRenderedComponent<VotingCard> RenderCard(
        ItemView? item = null, VoteProgress progress = VoteProgress.Idle, bool canVote = true, int voteableCount = 1, RenderFragment? allVoted = null) =>
        Render<VotingCard>(parameters => parameters
            .Add(card => card.Item, item)
            .Add(card => card.Progress, progress)
            .Add(card => card.CanVote, canVote)
            .Add(card => card.VoteableCount, voteableCount)
            .Add(card => card.AllVotedContent, allVoted)
            .Add(card => card.OnVote, (CardVote vote) => votes.Add(vote)));

    [Fact]
    public void The_card_shows_the_item_and_carries_its_id()
    {
        var cut = RenderCard(Card);

        var card = cut.Find("[data-testid='vote-card']");
        card.GetAttribute("data-item-id").ShouldBe(Card.Id.ToString());
        cut.Find("[data-testid='vote-card-text']").TextContent.ShouldBe(Card.Text);
        cut.Find("[data-testid='vote-keys-hint']").TextContent.ShouldContain("A agree");
    }

    [Theory]
    [InlineData("vote-agree", VoteValue.Agree)]
    [InlineData("vote-disagree", VoteValue.Disagree)]
    [InlineData("vote-pass", VoteValue.Pass)]
    public void Each_button_votes_on_the_card_shown(string button, VoteValue expected)
    {
        var cut = RenderCard(Card);

        cut.Find($"[data-testid='{button}']").Click();

        votes.ShouldBe([new CardVote(Card.Id, expected)]);
    }

    [Theory]
    [InlineData("a", VoteValue.Agree)]
    [InlineData("D", VoteValue.Disagree)]
    [InlineData("p", VoteValue.Pass)]
    public async Task The_keys_A_D_and_P_vote_like_the_buttons(string key, VoteValue expected)
    {
        var cut = RenderCard(Card);

        await cut.InvokeAsync(() => cut.Instance.VoteByKeyAsync(key));

        votes.ShouldBe([new CardVote(Card.Id, expected)]);
    }

    [Fact]
    public async Task Other_keys_do_not_vote()
    {
        var cut = RenderCard(Card);

        await cut.InvokeAsync(() => cut.Instance.VoteByKeyAsync("x"));

        votes.ShouldBeEmpty();
    }

    [Fact]
    public void The_card_listens_for_the_keys_through_its_module()
    {
        RenderCard(Card);

        JSInterop.VerifyInvoke("import").Arguments.ShouldBe(["/js/vote-keys.js"]);
    }

    [Theory]
    [InlineData(VoteProgress.Sending)]
    [InlineData(VoteProgress.Retrying)]
    public async Task While_a_vote_is_on_its_way_buttons_and_keys_are_held(VoteProgress progress)
    {
        var cut = RenderCard(Card, progress);

        foreach (var button in new[] { "vote-agree", "vote-disagree", "vote-pass" })
        {
            cut.Find($"[data-testid='{button}']").HasAttribute("disabled").ShouldBeTrue(button);
        }

        await cut.InvokeAsync(() => cut.Instance.VoteByKeyAsync("a"));
        votes.ShouldBeEmpty();
    }

    [Fact]
    public void A_vote_not_yet_recorded_says_it_is_reconnecting()
    {
        var cut = RenderCard(Card, VoteProgress.Retrying);

        cut.Find("[data-testid='vote-retrying']").TextContent.ShouldContain("Reconnecting");
    }

    [Fact]
    public void A_vote_that_could_not_be_recorded_says_so_and_frees_the_buttons()
    {
        var cut = RenderCard(Card, VoteProgress.NotRecorded);

        cut.Find("[data-testid='vote-not-recorded']").TextContent.ShouldContain("not recorded");
        cut.Find("[data-testid='vote-agree']").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public void A_refusal_is_shown_on_the_card()
    {
        var cut = Render<VotingCard>(parameters => parameters
            .Add(card => card.Item, Card)
            .Add(card => card.Problem, "Votes are taken in the voting phase; the session is discussing."));

        cut.Find("[data-testid='vote-problem']").TextContent.ShouldContain("voting phase");
    }

    [Fact]
    public void Outside_the_voting_phase_the_buttons_wait_and_the_card_says_why()
    {
        var cut = RenderCard(Card, canVote: false);

        cut.Find("[data-testid='vote-agree']").HasAttribute("disabled").ShouldBeTrue();
        cut.Find("[data-testid='vote-not-open']").TextContent.ShouldContain("facilitator opens it");
    }

    [Fact]
    public void With_nothing_to_vote_on_yet_the_card_says_the_facilitator_will_add_some()
    {
        var cut = RenderCard(item: null, voteableCount: 0);

        cut.FindAll("[data-testid='vote-card']").ShouldBeEmpty();
        cut.Find("[data-testid='vote-card-empty']").TextContent.ShouldContain("No statements yet — the facilitator will add some");
    }

    [Fact]
    public void Having_voted_on_everything_the_card_suggests_proposing()
    {
        var cut = RenderCard(item: null, voteableCount: 4, allVoted: builder => builder.AddMarkupContent(0, "<button data-testid='propose-here'>Propose</button>"));

        var empty = cut.Find("[data-testid='vote-card-empty']");
        empty.TextContent.ShouldContain("You have voted on everything — propose a category!");
        empty.QuerySelector("[data-testid='propose-here']").ShouldNotBeNull();
    }
}
