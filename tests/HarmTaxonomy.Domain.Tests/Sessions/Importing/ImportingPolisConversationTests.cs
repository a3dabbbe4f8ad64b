using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Importing;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Tests.Sessions.Importing;

public sealed class ImportingPolisConversationTests
{
    private static readonly DateTimeOffset Start = new(2024, 10, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly SessionActor Curator = SessionActor.Account(Guid.Parse("01960000-0000-7000-8000-0000000000c1"), "Cora Curator");

    [Fact]
    public void The_session_is_closed_and_refuses_votes_joins_and_phases()
    {
        var room = Fold(Import(Conversation()));

        room.Phase.ShouldBe(SessionPhase.Closed);
        room.Title.ShouldBe(ImportPolisConversation.DefaultTitle);
        room.TaxonomyId.ShouldBe(Guid.Empty);
        room.TaxonomySlug.ShouldBe("");
        var voter = room.Participants.First().Id;
        Should.Throw<SessionRuleException>(() => room.DecideVote(voter, room.Items[0].Id, "agree", "late", Start)).Kind.ShouldBe(SessionRuleKind.Conflict);
        Should.Throw<SessionRuleException>(() => room.DecideJoin(Guid.NewGuid(), new("Someone", null, null), Guid.NewGuid(), Start)).Kind.ShouldBe(SessionRuleKind.Conflict);
        Should.Throw<SessionRuleException>(() => room.DecidePhase(SessionPhase.Voting, null, Curator, Start));
    }

    [Fact]
    public void Participants_and_statements_keep_their_polis_ids()
    {
        var room = Fold(Import(Conversation()));

        room.Participants.Select(participant => (participant.ExternalId, participant.DisplayName)).ShouldBe(
            [("0", "Polis participant 0"), ("3", "Polis participant 3"), ("5", "Polis participant 5")], ignoreOrder: true);
        room.Items.Select(item => (item.ExternalId, item.Text, item.AuthorName)).ShouldBe(
            [("0", "Scams", "Polis participant 5"), ("2", "Off topic", "Polis")]);
    }

    [Fact]
    public void The_latest_vote_counts_whatever_the_order_of_the_rows_and_equal_times_go_by_line()
    {
        var conversation = Conversation() with
        {
            Votes =
            [
                new PolisVoteRow(2, Start.AddSeconds(30), 0, 0, -1),
                new PolisVoteRow(3, Start.AddSeconds(10), 0, 0, 1),
                new PolisVoteRow(4, Start.AddSeconds(10), 0, 3, 1),
                new PolisVoteRow(5, Start.AddSeconds(10), 0, 3, 0),
            ],
        };

        var room = Fold(Import(conversation));

        VotesByPolisId(room).ShouldBe([("0", "0", VoteValue.Disagree), ("3", "0", VoteValue.Pass)], ignoreOrder: true);
        room.Votes.Recorded.ShouldBe(4);
    }

    [Fact]
    public void Comments_moderated_out_in_polis_are_hidden_with_their_votes_kept()
    {
        var room = Fold(Import(Conversation()));

        var offTopic = room.Items.Single(item => item.ExternalId == "2");
        offTopic.State.ShouldBe(ModerationState.Hidden);
        offTopic.HiddenReason.ShouldBe("Moderated out in Polis.");
        room.TallyOf(offTopic.Id).Disagree.ShouldBe(1);
    }

    [Fact]
    public void The_title_is_the_one_given_else_the_polis_topic()
    {
        Fold(Import(Conversation() with { Topic = "Online harms" })).Title.ShouldBe("Online harms");
        Fold(Import(Conversation() with { Topic = "Online harms" }, title: "Our import")).Title.ShouldBe("Our import");
        Should.Throw<SessionRuleException>(() => Import(Conversation(), title: new string('x', SessionRules.MaxTitle + 1))).Field.ShouldBe("title");
    }

    [Fact]
    public void The_import_is_recorded_with_what_it_held()
    {
        var imported = Import(Conversation()).SessionEvents.OfType<PolisConversationImported>().ShouldHaveSingleItem();

        (imported.Participants, imported.Comments, imported.HiddenComments, imported.Votes).ShouldBe((3, 2, 1, 3));
        imported.Files.ShouldBe(["export.zip"]);
        (imported.By, imported.At).ShouldBe((Curator, Start.AddDays(1)));
    }

    internal static PolisConversation Conversation() => new(
        [
            new PolisCommentRow(2, 0, Start, 5, 1, "Scams"),
            new PolisCommentRow(3, 2, Start.AddSeconds(5), null, -1, "Off topic"),
        ],
        [
            new PolisVoteRow(2, Start.AddSeconds(10), 0, 0, 1),
            new PolisVoteRow(3, Start.AddSeconds(11), 2, 0, -1),
            new PolisVoteRow(4, Start.AddSeconds(12), 0, 3, 0),
        ],
        null,
        null,
        ["export.zip"]);

    internal static ImportedSession Import(PolisConversation conversation, string? title = null) =>
        new ImportPolisConversation(conversation, title, Guid.Empty, "").Decide(Guid.CreateVersion7(), "HARM42", Curator, Start.AddDays(1), Guid.CreateVersion7);

    /// <summary>Folds the import as the event store hands it back: the session's stream first, then items, then participants.</summary>
    internal static SessionRoom Fold(ImportedSession imported)
    {
        var events = imported.SessionEvents
            .Concat(imported.Items.SelectMany(item => item.Events))
            .Concat(imported.Participants.SelectMany(participant => participant.Events))
            .ToList();
        var room = SessionRoom.Open((SessionOpened)events[0], Guid.NewGuid(), 1);
        for (var index = 1; index < events.Count; index++)
        {
            room.Apply(events[index], Guid.NewGuid(), index + 1);
        }

        return room;
    }

    internal static List<(string Voter, string Comment, VoteValue Value)> VotesByPolisId(SessionRoom room) =>
    [
        .. room.Votes.CurrentVotes().Select(vote => (
            room.FindParticipant(vote.ParticipantId)!.ExternalId!, room.FindItem(vote.ItemId)!.ExternalId!, vote.Value)),
    ];
}
