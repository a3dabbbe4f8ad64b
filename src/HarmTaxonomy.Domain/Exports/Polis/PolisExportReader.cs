namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// Reads the files of a Polis export that an import needs, checking every line: <c>comments.csv</c> (comment-id,
/// timestamp and comment-body required; author-id and moderated read when present), <c>votes.csv</c> (timestamp,
/// comment-id, voter-id and vote required, every vote on a comment of comments.csv) and, when given,
/// <c>summary.csv</c> (its topic and conversation-description). Problems are collected, each with its file, line and
/// column, and thrown together as a <see cref="PolisImportException"/>.
/// </summary>
public static class PolisExportReader
{
    /// <summary>Polis's comments are short; a longer text is not a comment (and would not fit a card).</summary>
    public const int MaxCommentLength = 4_000;

    private static readonly int[] Moderations = [1, 0, -1];
    private static readonly int[] VoteValues = [1, -1, 0];

    public static async Task<IReadOnlyList<PolisCommentRow>> ReadCommentsAsync(Stream content, PolisImportProblems problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        await using var file = PolisCsvFile.Open(content, PolisFiles.Comments, problems);
        if (!await file.ReadHeaderAsync(cancellationToken))
        {
            return [];
        }

        var id = file.Column(PolisColumns.CommentId, required: true);
        var timestamp = file.Column(PolisColumns.Timestamp, required: true);
        var body = file.Column(PolisColumns.CommentBody, required: true);
        var author = file.Column(PolisColumns.AuthorId, required: false);
        var moderated = file.Column(PolisColumns.Moderated, required: false);
        if (id is null || timestamp is null || body is null)
        {
            return [];
        }

        var comments = new List<PolisCommentRow>();
        var firstLines = new Dictionary<int, long>();
        var headerCount = file.Headers.Count;
        while (!problems.IsFull && await file.ReadAsync(cancellationToken))
        {
            // Polis's older server wrote comment bodies without quotes: a comma in one splits the last column.
            var text = file.FieldCount > headerCount && body == headerCount - 1 ? file.Rest(body.Value) : file.Text(body.Value);
            if (file.FieldCount > headerCount && body != headerCount - 1)
            {
                file.Problem($"the line has {file.FieldCount} fields, the header {headerCount} (is a comma in a field that is not quoted?)");
                continue;
            }

            var commentId = file.Id(id.Value, "a comment id");
            var at = file.Time(timestamp.Value);
            int? authorId = author is { } authorColumn && file.Text(authorColumn).Length > 0 ? file.Id(authorColumn, "an author id") : null;
            var moderation = moderated is { } moderatedColumn && file.Text(moderatedColumn).Length > 0 ? file.OneOf(moderatedColumn, Moderations, "1, 0 or -1") : 1;
            if (text.Length == 0)
            {
                file.Problem(body.Value, "the comment has no text");
            }
            else if (text.Length > MaxCommentLength)
            {
                file.Problem(body.Value, $"the comment has {text.Length:N0} characters; at most {MaxCommentLength:N0} are imported");
            }

            if (commentId is { } known && firstLines.TryGetValue(known, out var firstLine))
            {
                file.Problem(id.Value, $"comment {known} appears again (first on line {firstLine})");
                continue;
            }

            if (commentId is null || at is null || moderation is null || text.Length is 0 or > MaxCommentLength
                || (author is { } column && file.Text(column).Length > 0 && authorId is null))
            {
                continue;
            }

            firstLines[commentId.Value] = file.Line;
            comments.Add(new PolisCommentRow(file.Line, commentId.Value, at.Value, authorId, moderation.Value, text));
        }

        return comments;
    }

    /// <param name="commentIds">The comments of comments.csv: a vote on any other is a problem.</param>
    public static async Task<IReadOnlyList<PolisVoteRow>> ReadVotesAsync(
        Stream content, IReadOnlySet<int> commentIds, PolisImportProblems problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commentIds);
        ArgumentNullException.ThrowIfNull(problems);
        await using var file = PolisCsvFile.Open(content, PolisFiles.Votes, problems);
        if (!await file.ReadHeaderAsync(cancellationToken))
        {
            return [];
        }

        var timestamp = file.Column(PolisColumns.Timestamp, required: true);
        var comment = file.Column(PolisColumns.CommentId, required: true);
        var voter = file.Column(PolisColumns.VoterId, required: true);
        var vote = file.Column(PolisColumns.Vote, required: true);
        if (timestamp is null || comment is null || voter is null || vote is null)
        {
            return [];
        }

        var votes = new List<PolisVoteRow>();
        while (!problems.IsFull && await file.ReadAsync(cancellationToken))
        {
            var at = file.Time(timestamp.Value);
            var commentId = file.Id(comment.Value, "a comment id");
            var voterId = file.Id(voter.Value, "a voter id");
            var value = file.OneOf(vote.Value, VoteValues, "1, -1 or 0");
            if (commentId is { } known && !commentIds.Contains(known))
            {
                file.Problem(comment.Value, $"no comment {known} in {PolisFiles.Comments}");
                continue;
            }

            if (at is not null && commentId is not null && voterId is not null && value is not null)
            {
                votes.Add(new PolisVoteRow(file.Line, at.Value, commentId.Value, voterId.Value, value.Value));
            }
        }

        return votes;
    }

    /// <summary>The topic and description of <c>summary.csv</c> (name/value rows without a header); other rows are passed over.</summary>
    public static async Task<(string? Topic, string? Description)> ReadSummaryAsync(Stream content, PolisImportProblems problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        await using var file = PolisCsvFile.Open(content, PolisFiles.Summary, problems, hasHeader: false);
        string? topic = null;
        string? description = null;
        while (!problems.IsFull && await file.ReadAsync(cancellationToken))
        {
            var value = file.FieldCount > 1 ? file.Rest(1) : "";
            switch (file.Text(0))
            {
                case "topic":
                    topic = value;
                    break;
                case "conversation-description":
                    description = value;
                    break;
            }
        }

        return (string.IsNullOrWhiteSpace(topic) ? null : topic, string.IsNullOrWhiteSpace(description) ? null : description);
    }
}
