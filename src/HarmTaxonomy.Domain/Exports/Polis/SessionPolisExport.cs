using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// A session as a Polis export. Participants are numbered in the order they joined and items (statements and
/// proposals, Polis's comments) in the order they entered, or keep their Polis ids when the session came from Polis.
/// <c>votes.csv</c> lists every vote cast, changes included, as Polis does (each participant's latest vote on an item
/// is the one that counts, and comes last among theirs); a merged duplicate's votes are listed under the item it was
/// merged into, where they count. Opinion groups are those of <paramref name="analysis"/>.
/// </summary>
public static class SessionPolisExport
{
    public static PolisExport Of(SessionRoom room, IEnumerable<(VoteCast Vote, long Sequence)> votesCast, OpinionAnalysis? analysis, string url)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(votesCast);
        var people = PolisIds.Assign(
            room.Participants.OrderBy(participant => participant.JoinedAt).ThenBy(participant => participant.Id), participant => participant.Id, participant => participant.ExternalId);
        var comments = PolisIds.Assign(room.Items, item => item.Id, item => item.ExternalId);

        var votes = votesCast
            .Where(cast => people.ContainsKey(cast.Vote.ParticipantId) && comments.ContainsKey(room.Votes.Resolve(cast.Vote.ItemId)))
            .Select(cast => (cast.Sequence, Row: new PolisVote(cast.Vote.At, comments[room.Votes.Resolve(cast.Vote.ItemId)], people[cast.Vote.ParticipantId], ToPolis(cast.Vote.Value))))
            .OrderBy(cast => cast.Row.CommentId).ThenBy(cast => cast.Row.VoterId).ThenBy(cast => cast.Sequence)
            .Select(cast => cast.Row)
            .ToList();

        var groupOf = analysis?.Participants.ToDictionary(placement => placement.ParticipantId, placement => placement.Group) ?? [];
        var written = room.Items
            .Where(item => item.AuthorParticipantId is { } author && people.ContainsKey(author))
            .GroupBy(item => people[item.AuthorParticipantId!.Value])
            .ToDictionary(group => group.Key, group => group.Count());
        var participants = room.Votes.CurrentVotes()
            .Where(vote => people.ContainsKey(vote.ParticipantId) && comments.ContainsKey(vote.ItemId))
            .GroupBy(vote => vote.ParticipantId)
            .Select(voter => new PolisParticipantVotes(
                people[voter.Key],
                groupOf.TryGetValue(voter.Key, out var group) ? group : null,
                written.GetValueOrDefault(people[voter.Key]),
                voter.ToDictionary(vote => comments[vote.ItemId], vote => ToPolis(vote.Value))))
            .OrderBy(participant => participant.ParticipantId)
            .ToList();

        var itemRows = room.Items.Select(item => CommentOf(room, item, comments[item.Id], people)).OrderBy(comment => comment.Id).ToList();
        var commentGroups = analysis is null
            ? []
            : analysis.Items
                .Where(figures => comments.ContainsKey(figures.ItemId))
                .Select(figures => new PolisCommentGroups(comments[figures.ItemId], room.FindItem(figures.ItemId)!.Text, figures.ByGroup))
                .OrderBy(row => row.CommentId)
                .ToList();

        var summary = new PolisSummary(
            room.Title,
            url,
            participants.Count,
            analysis?.Participants.Count ?? 0,
            written.Count,
            room.Items.Count(item => item.State == ModerationState.Accepted),
            analysis?.Groups.Count ?? 0,
            room.Prompt);
        return new PolisExport(summary, itemRows, votes, participants, analysis?.Groups.Count ?? 0, commentGroups);
    }

    /// <summary>Polis's vote values: agree 1, disagree −1, pass 0 (as its export writes them, after flipping its stored sign).</summary>
    public static int ToPolis(VoteValue value) => value switch
    {
        VoteValue.Agree => 1,
        VoteValue.Disagree => -1,
        _ => 0,
    };

    /// <summary>Polis's <c>mod</c>: accepted 1, waiting for a moderator 0, hidden or merged away −1.</summary>
    public static int ModeratedOf(ModerationState state) => state switch
    {
        ModerationState.Accepted => 1,
        ModerationState.Pending => 0,
        _ => -1,
    };

    private static PolisComment CommentOf(SessionRoom room, RoomItem item, int id, IReadOnlyDictionary<Guid, int> people)
    {
        // A merged duplicate's votes count for its survivor: listing them here too would count them twice.
        var tally = item.State == ModerationState.Merged ? new ItemTally(item.Id, 0, 0, 0) : room.TallyOf(item.Id);
        int? author = item.AuthorParticipantId is { } participant && people.TryGetValue(participant, out var number) ? number : null;
        return new PolisComment(id, item.SubmittedAt, author, tally.Agree, tally.Disagree, ModeratedOf(item.State), item.Text);
    }
}
