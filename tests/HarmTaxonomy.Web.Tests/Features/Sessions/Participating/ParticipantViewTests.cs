using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Participating;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

public sealed class ParticipantViewTests
{
    [Fact]
    public void The_next_card_is_one_not_yet_voted_on_and_stays_while_it_is_on_screen()
    {
        var room = new RoomBuilder();
        var ana = room.Join("Ana");
        var ben = room.Join("Ben");
        var popular = room.Statement("Popular");
        var quiet = room.Statement("Quiet");
        var mine = room.Statement("Already voted");
        room.Vote(ben, popular, VoteValue.Agree).Vote(ana, mine, VoteValue.Pass);

        var view = ParticipantView.Of(room.Room, ana);

        var card = view.NextCard.ShouldNotBeNull().Id;
        card.ShouldBeOneOf(popular, quiet);
        view.Items.Single(item => item.Id == mine).MyVote.ShouldBe(VoteValue.Pass);
        view.Items.Single(item => item.Id == popular).Tally.Agree.ShouldBe(1);
        var other = card == popular ? quiet : popular;
        ParticipantView.Of(room.Room, ana, currentCard: other).NextCard!.Id.ShouldBe(other);
        ParticipantView.Of(room.Room, ana, currentCard: mine).NextCard!.Id.ShouldBe(card);
    }

    [Fact]
    public void Having_voted_on_everything_leaves_no_card_but_the_items_stay_voteable()
    {
        var room = new RoomBuilder();
        var ana = room.Join("Ana");
        var only = room.Statement("Only one");
        room.Vote(ana, only, VoteValue.Agree);

        var view = ParticipantView.Of(room.Room, ana);

        view.NextCard.ShouldBeNull();
        view.VoteableCount.ShouldBe(1);
    }

    [Fact]
    public void A_participant_sees_their_own_pending_items_but_not_others()
    {
        var room = new RoomBuilder(SessionPhase.Proposing);
        var ana = room.Join("Ana");
        var ben = room.Join("Ben");
        var hers = room.Statement("Ana's idea", ana, ModerationState.Pending);
        room.Statement("Ben's idea", ben, ModerationState.Pending);

        var view = ParticipantView.Of(room.Room, ana);

        view.Items.Select(item => item.Id).ShouldBe([hers]);
        view.Mine.ShouldHaveSingleItem().State.ShouldBe(ModerationState.Pending);
        view.CanSubmit.ShouldBeTrue();
        view.CanVote.ShouldBeFalse();
    }
}
