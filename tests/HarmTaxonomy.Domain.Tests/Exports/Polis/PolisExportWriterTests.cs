using System.Text;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Exports.Polis;

namespace HarmTaxonomy.Domain.Tests.Exports.Polis;

public sealed class PolisExportWriterTests
{
    private static readonly DateTimeOffset At = new(2024, 10, 23, 21, 21, 17, 450, TimeSpan.Zero);

    [Fact]
    public void Comments_have_polis_columns_seconds_and_a_javascript_datetime()
    {
        var text = Write(stream => PolisExportWriter.WriteComments([new PolisComment(0, At, 3, 5, 1, 1, "Scams target the elderly")], stream));

        text.ShouldBe(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n" +
            "1729718477,Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time),0,3,5,1,1,\"Scams target the elderly\"\n");
    }

    [Fact]
    public void A_comment_body_keeps_its_commas_quotes_and_line_breaks_inside_quotes()
    {
        var text = Write(stream => PolisExportWriter.WriteComments([new PolisComment(4, At, null, 0, 0, -1, "Deepfakes, \"nudify\" apps\nand more")], stream));

        text.Split('\n', 2)[1].ShouldBe(
            "1729718477,Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time),4,,0,0,-1,\"Deepfakes, \"\"nudify\"\" apps\nand more\"\n");
    }

    [Fact]
    public void Votes_are_one_row_each_with_polis_values()
    {
        var text = Write(stream => PolisExportWriter.WriteVotes(
            [new PolisVote(At, 0, 1, 1), new PolisVote(At.AddSeconds(3), 0, 2, -1), new PolisVote(At, 1, 1, 0)], stream));

        text.ShouldBe(
            "timestamp,datetime,comment-id,voter-id,vote\n" +
            "1729718477,Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time),0,1,1\n" +
            "1729718480,Wed Oct 23 2024 21:21:20 GMT+0000 (Coordinated Universal Time),0,2,-1\n" +
            "1729718477,Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time),1,1,0\n");
    }

    [Fact]
    public void Participant_votes_have_a_column_per_comment_and_leave_unknowns_empty()
    {
        var text = Write(stream => PolisExportWriter.WriteParticipantVotes(
            [
                new PolisParticipantVotes(2, null, 0, new Dictionary<int, int> { [1] = 0 }),
                new PolisParticipantVotes(0, 1, 2, new Dictionary<int, int> { [0] = 1, [2] = -1 }),
            ],
            [2, 0, 1],
            stream));

        text.ShouldBe(
            "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n" +
            "0,1,2,2,1,1,1,,-1\n" +
            "2,,0,1,0,0,,0,\n");
    }

    [Fact]
    public void Comment_groups_have_four_columns_per_group_lettered_from_a()
    {
        var text = Write(stream => PolisExportWriter.WriteCommentGroups(
            [new PolisCommentGroups(0, "Say \"no\"", [new VoteCounts(3, 1, 1), new VoteCounts(0, 4, 0)])], 2, stream));

        text.ShouldBe(
            "comment-id,comment,total-votes,total-agrees,total-disagrees,total-passes," +
            "group-a-votes,group-a-agrees,group-a-disagrees,group-a-passes,group-b-votes,group-b-agrees,group-b-disagrees,group-b-passes\n" +
            "0,\"Say \"\"no\"\"\",9,3,5,1,5,3,1,1,4,0,4,0\n");
    }

    [Fact]
    public void Without_groups_comment_groups_is_its_header_alone()
    {
        var text = Write(stream => PolisExportWriter.WriteCommentGroups([new PolisCommentGroups(0, "Alone", [])], 0, stream));

        text.ShouldBe("comment-id,comment,total-votes,total-agrees,total-disagrees,total-passes\n");
    }

    [Fact]
    public void The_summary_is_named_rows_without_a_header_or_final_line_break()
    {
        var text = Write(stream => PolisExportWriter.WriteSummary(
            new PolisSummary("Harms, \"online\"", "https://example.org/join/HARM42", 12, 10, 4, 20, 2, "Which harms?\nTell us."), stream));

        text.ShouldBe(
            "topic,\"Harms, \"\"online\"\"\"\n" +
            "url,https://example.org/join/HARM42\n" +
            "voters,12\nvoters-in-conv,10\ncommenters,4\ncomments,20\ngroups,2\n" +
            "conversation-description,\"Which harms?\nTell us.\"");
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
