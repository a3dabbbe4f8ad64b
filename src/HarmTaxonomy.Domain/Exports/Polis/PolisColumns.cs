namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// Column names exactly as Polis's export writes them (its server's <c>report.ts</c>): the fixed columns of each
/// file, and the per-group columns of <c>comment-groups.csv</c>, whose groups are letters (group 0 is
/// <c>a</c>).
/// </summary>
public static class PolisColumns
{
    public const string Timestamp = "timestamp";
    public const string Datetime = "datetime";
    public const string CommentId = "comment-id";
    public const string AuthorId = "author-id";
    public const string Agrees = "agrees";
    public const string Disagrees = "disagrees";
    public const string Moderated = "moderated";
    public const string CommentBody = "comment-body";
    public const string VoterId = "voter-id";
    public const string Vote = "vote";

    public static IReadOnlyList<string> Comments { get; } = [Timestamp, Datetime, CommentId, AuthorId, Agrees, Disagrees, Moderated, CommentBody];

    public static IReadOnlyList<string> Votes { get; } = [Timestamp, Datetime, CommentId, VoterId, Vote];

    /// <summary>The columns before one column per comment id.</summary>
    public static IReadOnlyList<string> ParticipantVotes { get; } = ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"];

    /// <summary>The columns before four columns per group.</summary>
    public static IReadOnlyList<string> CommentGroups { get; } = [CommentId, "comment", "total-votes", "total-agrees", "total-disagrees", "total-passes"];

    /// <summary>The summary's rows, in order (the file has no header: each row is a name and a value).</summary>
    public static IReadOnlyList<string> SummaryRows { get; } =
        ["topic", "url", "voters", "voters-in-conv", "commenters", "comments", "groups", "conversation-description"];

    public static IReadOnlyList<string> OfGroup(int groupId)
    {
        var letter = GroupLetter(groupId);
        return [$"group-{letter}-votes", $"group-{letter}-agrees", $"group-{letter}-disagrees", $"group-{letter}-passes"];
    }

    /// <summary>Polis's letter for a group in column names: 0 → a, 1 → b, …</summary>
    public static char GroupLetter(int groupId) => (char)('a' + groupId);
}
