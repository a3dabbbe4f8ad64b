using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Projecting;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Projecting;

public sealed class ScreenModelTests
{
    [Fact]
    public void The_top_items_are_those_most_agreed_with_then_the_most_voted()
    {
        var room = new RoomBuilder();
        var (ana, ben, cat) = (room.Join("Ana"), room.Join("Ben"), room.Join("Cat"));
        var split = room.Statement("Split opinion");
        var loved = room.Statement("Everyone agrees");
        var likedByOne = room.Statement("One person agrees");
        room.Statement("Nobody voted");
        room.Statement("Waiting for a moderator", ana, ModerationState.Pending);
        room.Vote(ana, split, VoteValue.Agree).Vote(ben, split, VoteValue.Disagree)
            .Vote(ana, loved, VoteValue.Agree).Vote(ben, loved, VoteValue.Agree).Vote(cat, loved, VoteValue.Agree)
            .Vote(cat, likedByOne, VoteValue.Agree);

        var model = ScreenModel.Of(room.Room, presence: 2, "https://harms.example/join/HARM42", "data:image/svg+xml;base64,");

        model.TopItems.Select(item => item.Id).ShouldBe([loved, likedByOne, split]);
        model.Votes.ShouldBe(6);
        model.Items.ShouldBe(4);
        model.Participants.ShouldBe(3);
        model.Presence.ShouldBe(2);
        model.JoinCode.ShouldBe("HARM42");
    }

    [Theory]
    [InlineData("https://harms.example/", "https://harms.example/join/HARM42")]
    [InlineData("https://harms.example/app/", "https://harms.example/app/join/HARM42")]
    public void The_join_link_is_the_apps_address_with_the_code(string baseUri, string link) =>
        ScreenModel.JoinLinkFor(baseUri, "HARM42").ShouldBe(link);
}
