namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// A Polis conversation as read from its export, checked: every vote is on a comment of <see cref="Comments"/>,
/// ids are whole numbers, votes are 1, −1 or 0. <see cref="Files"/> names the files it was read from.
/// </summary>
public sealed record PolisConversation(
    IReadOnlyList<PolisCommentRow> Comments,
    IReadOnlyList<PolisVoteRow> Votes,
    string? Topic,
    string? Description,
    IReadOnlyList<string> Files);

/// <summary>A comment of <c>comments.csv</c>, with its line. <see cref="Moderated"/>: 1 accepted, 0 not moderated, −1 moderated out.</summary>
public sealed record PolisCommentRow(long Line, int CommentId, DateTimeOffset At, int? AuthorId, int Moderated, string Body);

/// <summary>A vote of <c>votes.csv</c>, with its line: <see cref="Vote"/> is 1 agree, −1 disagree, 0 pass.</summary>
public readonly record struct PolisVoteRow(long Line, DateTimeOffset At, int CommentId, int VoterId, int Vote);
