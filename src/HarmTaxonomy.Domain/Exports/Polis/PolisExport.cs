using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// What a Polis export holds, with Polis's pseudonymous integer ids only: participants and comments are numbers,
/// never names, accounts or GUIDs. <see cref="PolisExportWriter"/> writes it as Polis's five CSV files.
/// </summary>
public sealed record PolisExport(
    PolisSummary Summary,
    IReadOnlyList<PolisComment> Comments,
    IReadOnlyList<PolisVote> Votes,
    IReadOnlyList<PolisParticipantVotes> Participants,
    int GroupCount,
    IReadOnlyList<PolisCommentGroups> CommentGroups);

/// <summary><c>summary.csv</c>: the conversation in eight named rows.</summary>
public sealed record PolisSummary(
    string Topic,
    string Url,
    int Voters,
    int VotersInConversation,
    int Commenters,
    int Comments,
    int Groups,
    string Description);

/// <summary>
/// A row of <c>comments.csv</c>. <see cref="Moderated"/> is Polis's <c>mod</c>: 1 accepted, 0 not moderated yet,
/// −1 moderated out. <see cref="AuthorId"/> is null when no participant wrote it (a facilitator seeded it).
/// </summary>
public sealed record PolisComment(int Id, DateTimeOffset At, int? AuthorId, int Agrees, int Disagrees, int Moderated, string Body);

/// <summary>A row of <c>votes.csv</c>: 1 agree, −1 disagree, 0 pass.</summary>
public sealed record PolisVote(DateTimeOffset At, int CommentId, int VoterId, int Vote);

/// <summary>
/// A row of <c>participant-votes.csv</c>: a voter, their opinion group (null when the analysis did not count them)
/// and their current vote on each comment they voted on.
/// </summary>
public sealed record PolisParticipantVotes(int ParticipantId, int? GroupId, int CommentsWritten, IReadOnlyDictionary<int, int> Votes)
{
    public int Agrees => Votes.Values.Count(vote => vote > 0);

    public int Disagrees => Votes.Values.Count(vote => vote < 0);
}

/// <summary>A row of <c>comment-groups.csv</c>: a comment and the votes of each opinion group on it, in group order.</summary>
public sealed record PolisCommentGroups(int CommentId, string Body, IReadOnlyList<VoteCounts> ByGroup)
{
    public VoteCounts Total => ByGroup.Aggregate(default(VoteCounts), (sum, group) => sum + group);
}
