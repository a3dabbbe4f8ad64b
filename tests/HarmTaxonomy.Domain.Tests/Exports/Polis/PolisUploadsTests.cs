using System.IO.Compression;
using System.Text;
using HarmTaxonomy.Domain.Exports.Polis;

namespace HarmTaxonomy.Domain.Tests.Exports.Polis;

public sealed class PolisUploadsTests
{
    private const string Comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n" +
        "1729718477,Wed Oct 23 2024 21:21:17 GMT+0000 (Coordinated Universal Time),0,0,1,0,1,\"Scams, \"\"deepfakes\"\"\nand worse\"\n" +
        "1729718480,Wed Oct 23 2024 21:21:20 GMT+0000 (Coordinated Universal Time),1,,0,1,-1,\"Off topic\"\n";

    private const string Votes =
        "timestamp,datetime,comment-id,voter-id,vote\n" +
        "1729718500,x,0,0,1\n" +
        "1729718501,x,1,0,-1\n" +
        "1729718502,x,0,1,0\n";

    [Fact]
    public async Task Comments_and_votes_are_read_with_their_lines_ids_and_quoted_text()
    {
        var conversation = await ReadAsync(("comments.csv", Comments), ("votes.csv", Votes));

        conversation.Comments.Select(comment => (comment.Line, comment.CommentId, comment.AuthorId, comment.Moderated, comment.Body)).ShouldBe(
            [(2, 0, (int?)0, 1, "Scams, \"deepfakes\"\nand worse"), (4, 1, null, -1, "Off topic")]);
        conversation.Comments[0].At.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1729718477));
        conversation.Votes.Select(vote => (vote.Line, vote.CommentId, vote.VoterId, vote.Vote)).ShouldBe([(2, 0, 0, 1), (3, 1, 0, -1), (4, 0, 1, 0)]);
        conversation.Files.ShouldBe(["comments.csv", "votes.csv"]);
    }

    [Fact]
    public async Task A_vote_that_is_not_one_minus_one_or_zero_is_named_by_file_line_and_column()
    {
        var problem = await RefusedAsync(("comments.csv", Comments), ("votes.csv", Votes + "1729718503,x,1,1,2\n"));

        problem.Problems.ShouldHaveSingleItem().ShouldBe(new PolisImportProblem("votes.csv", 5, 5, "vote", "'2' is not 1, -1 or 0"));
        problem.Problems[0].Describe().ShouldBe("line 5, column 5 (vote): '2' is not 1, -1 or 0");
        problem.Message.ShouldContain("votes.csv line 5, column 5 (vote)");
    }

    [Fact]
    public async Task A_vote_on_a_comment_that_comments_csv_does_not_have_is_named_by_its_line()
    {
        var problem = await RefusedAsync(("comments.csv", Comments), ("votes.csv", Votes + "1729718503,x,42,1,1\n"));

        problem.Problems.ShouldHaveSingleItem().Describe().ShouldBe("line 5, column 3 (comment-id): no comment 42 in comments.csv");
    }

    [Fact]
    public async Task Lines_count_the_line_breaks_inside_quoted_comments()
    {
        var problem = await RefusedAsync(("comments.csv", Comments + "abc,x,2,,0,0,1,\"Third\"\n"), ("votes.csv", Votes));

        problem.Problems.ShouldHaveSingleItem().Describe().ShouldBe("line 5, column 1 (timestamp): 'abc' is not a timestamp (whole seconds since 1970, as Polis writes them)");
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        var problem = await RefusedAsync(("comments.csv", Comments), ("votes.csv", "timestamp,datetime,comment-id,voter-id\n1729718500,x,0,0\n"));

        var missing = problem.Problems.ShouldHaveSingleItem();
        missing.File.ShouldBe("votes.csv");
        missing.Describe().ShouldStartWith("line 1: the header has no column 'vote'");
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var problem = await RefusedAsync(("comments.csv", Comments));

        problem.Problems.ShouldHaveSingleItem().File.ShouldBe("votes.csv");
        problem.Problems[0].Message.ShouldStartWith("votes.csv is missing");
    }

    [Fact]
    public async Task A_comment_id_used_twice_is_refused_with_both_lines()
    {
        var problem = await RefusedAsync(("comments.csv", Comments + "1729718481,x,1,,0,0,1,\"Again\"\n"), ("votes.csv", Votes));

        problem.Problems.ShouldHaveSingleItem().Describe().ShouldBe("line 5, column 3 (comment-id): comment 1 appears again (first on line 4)");
    }

    [Fact]
    public async Task Every_problem_of_both_files_is_reported_together()
    {
        var problem = await RefusedAsync(
            ("comments.csv", Comments + "1729718481,x,two,,0,0,7,\"Bad\"\n"),
            ("votes.csv", Votes + "1729718503,x,0,-3,1\n"));

        problem.Problems.Select(found => (found.File, found.Line, found.ColumnName)).ShouldBe(
            [("comments.csv", 5, "comment-id"), ("comments.csv", 5, "moderated"), ("votes.csv", 5, "voter-id")]);
        problem.ByFile().Keys.ShouldBe(["comments.csv", "votes.csv"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_comment_body_that_polis_left_unquoted_keeps_its_commas()
    {
        var comments = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1729718477,x,0,0,0,0,1,Scams, fraud, and theft\n";

        var conversation = await ReadAsync(("comments.csv", comments), ("votes.csv", "timestamp,datetime,comment-id,voter-id,vote\n"));

        conversation.Comments.ShouldHaveSingleItem().Body.ShouldBe("Scams, fraud, and theft");
    }

    [Fact]
    public async Task A_zip_is_recognised_by_its_content_and_its_files_by_their_names_inside_it()
    {
        var zip = Zip(("export-2024/summary.csv", "topic,\"Online harms\"\nconversation-description,\"Tell us\""),
            ("export-2024/comments.csv", Comments), ("export-2024/votes.csv", Votes), ("export-2024/participant-votes.csv", "not,read\n"));

        var conversation = await PolisUploads.ReadAsync([new PolisUpload("upload", () => new MemoryStream(zip))], default);

        conversation.Votes.Count.ShouldBe(3);
        conversation.Topic.ShouldBe("Online harms");
        conversation.Description.ShouldBe("Tell us");
    }

    [Fact]
    public async Task Files_with_polis_download_prefixes_are_recognised()
    {
        var conversation = await ReadAsync(("2024-10-23-abc123-comments.csv", Comments), ("2024-10-23-abc123-votes.csv", Votes));

        conversation.Comments.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Millisecond_timestamps_are_read_as_milliseconds()
    {
        var conversation = await ReadAsync(("comments.csv", Comments), ("votes.csv", "timestamp,datetime,comment-id,voter-id,vote\n1729718500123,x,0,0,1\n"));

        conversation.Votes.ShouldHaveSingleItem().At.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1729718500123));
    }

    private static Task<PolisConversation> ReadAsync(params (string Name, string Text)[] files) =>
        PolisUploads.ReadAsync([.. files.Select(file => new PolisUpload(file.Name, () => new MemoryStream(Encoding.UTF8.GetBytes(file.Text))))], default);

    private static Task<PolisImportException> RefusedAsync(params (string Name, string Text)[] files) =>
        Should.ThrowAsync<PolisImportException>(() => ReadAsync(files));

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
