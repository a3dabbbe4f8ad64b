using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Tests.Sessions;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;

namespace HarmTaxonomy.Domain.Tests.Exports.Polis;

public sealed class SessionPolisExportTests
{
    [Fact]
    public void Participants_and_items_are_numbered_in_the_order_they_came()
    {
        var scenario = SessionScenario.Given(InVoting())
            .Apply(Submitted(Item(4), Ben), Vote(Cy, Item(1), VoteValue.Agree), Vote(Ana, Item(4), VoteValue.Disagree), Vote(Ben, Item(2), VoteValue.Pass));
        var votes = History(scenario);

        var export = SessionPolisExport.Of(scenario.Room, votes, null, "https://example.org/join/HARM42");

        export.Comments.Select(comment => (comment.Id, comment.Body, comment.AuthorId)).ShouldBe(
            [(0, $"Statement {Item(1):N}", (int?)null), (1, $"Statement {Item(2):N}", null), (2, $"Statement {Item(3):N}", null), (3, $"Statement {Item(4):N}", 1)]);
        export.Votes.ShouldBe([new PolisVote(Now, 0, 2, 1), new PolisVote(Now, 1, 1, 0), new PolisVote(Now, 3, 0, -1)]);
        export.Participants.Select(participant => (participant.ParticipantId, participant.CommentsWritten, participant.Votes.Count)).ShouldBe(
            [(0, 0, 1), (1, 1, 1), (2, 0, 1)]);
        export.Summary.ShouldBe(new PolisSummary("Naming harms", "https://example.org/join/HARM42", 3, 0, 1, 4, 0, "Which harms do you meet?"));
    }

    [Fact]
    public void Moderation_is_written_as_polis_writes_it()
    {
        var scenario = SessionScenario.Given(InVoting())
            .Apply(Submitted(Item(4), Ana, ModerationState.Pending), Hidden(Item(2)), Merged(Item(3), Item(1)));

        var export = SessionPolisExport.Of(scenario.Room, [], null, "");

        export.Comments.Select(comment => comment.Moderated).ShouldBe([1, -1, -1, 0]);
    }

    [Fact]
    public void Every_vote_is_listed_and_a_merged_duplicates_votes_under_its_survivor_last_one_last()
    {
        var scenario = SessionScenario.Given(InVoting())
            .Apply(Vote(Ana, Item(3), VoteValue.Agree), Vote(Ana, Item(1), VoteValue.Disagree), Vote(Ana, Item(1), VoteValue.Pass), Merged(Item(3), Item(1)));

        var export = SessionPolisExport.Of(scenario.Room, History(scenario), null, "");

        export.Votes.Select(vote => (vote.CommentId, vote.VoterId, vote.Vote)).ShouldBe([(0, 0, 1), (0, 0, -1), (0, 0, 0)]);
        export.Participants.ShouldHaveSingleItem().Votes.ShouldBe(new Dictionary<int, int> { [0] = 0 });
        export.Comments[2].Agrees.ShouldBe(0);
    }

    [Fact]
    public void A_session_from_polis_keeps_its_polis_ids()
    {
        var scenario = SessionScenario.Given(
            Opened(),
            new ParticipantJoined(SessionId, Ana, "Polis participant 7", null, null, null, Now, "7"),
            new StatementSubmitted(SessionId, Item(1), "From Polis", ModerationState.Accepted, AnaActor, Now, "12"),
            Vote(Ana, Item(1), VoteValue.Agree));

        var export = SessionPolisExport.Of(scenario.Room, History(scenario), null, "");

        export.Comments.ShouldHaveSingleItem().ShouldBe(new PolisComment(12, Now, 7, 1, 0, 1, "From Polis"));
        export.Votes.ShouldBe([new PolisVote(Now, 12, 7, 1)]);
    }

    [Fact]
    public void Groups_come_from_the_analysis_and_uncounted_participants_have_none()
    {
        var scenario = SessionScenario.Given(InVoting()).Apply(Vote(Ana, Item(1), VoteValue.Agree), Vote(Ben, Item(1), VoteValue.Disagree));
        var analysis = new OpinionAnalysis
        {
            Parameters = new AnalysisParameters { Seed = 1 },
            VoteCount = 2,
            ParticipantCount = 2,
            Participants = [new ParticipantPlacement(Ben, 0.5, 0, 1)],
            Groups = [new OpinionGroup(0, 0, 0, [], []), new OpinionGroup(1, 0, 0, [Ben], [])],
            Consensus = new ConsensusItems([], []),
            Items = [new ItemAnalysis(Item(1), 0, 0, 0, new VoteCounts(1, 1, 0), [new VoteCounts(1, 0, 0), new VoteCounts(0, 1, 0)], 0.2, 1, [], [])],
            GroupCount = new GroupCountChoice(2, 2, null, 0, []),
            VotesToCount = 1,
        };

        var export = SessionPolisExport.Of(scenario.Room, History(scenario), analysis, "");

        export.Participants.Select(participant => participant.GroupId).ShouldBe([null, 1]);
        export.GroupCount.ShouldBe(2);
        export.CommentGroups.ShouldHaveSingleItem().ShouldBe(new PolisCommentGroups(0, $"Statement {Item(1):N}", [new VoteCounts(1, 0, 0), new VoteCounts(0, 1, 0)]), new CommentGroupsComparer());
        export.Summary.VotersInConversation.ShouldBe(1);
    }

    /// <summary>The votes a reader of the event store would hand over: the vote events with their sequences.</summary>
    internal static List<(VoteCast Vote, long Sequence)> History(SessionScenario scenario) => scenario.Votes;

    private sealed class CommentGroupsComparer : IEqualityComparer<PolisCommentGroups>
    {
        public bool Equals(PolisCommentGroups? x, PolisCommentGroups? y) =>
            x is not null && y is not null && x.CommentId == y.CommentId && x.Body == y.Body && x.ByGroup.SequenceEqual(y.ByGroup);

        public int GetHashCode(PolisCommentGroups obj) => obj.CommentId;
    }
}
