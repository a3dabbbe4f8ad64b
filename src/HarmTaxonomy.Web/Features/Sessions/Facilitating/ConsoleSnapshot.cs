using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating;

/// <summary>
/// The whole session as the facilitator console shows it, copied out of the live room in one read (under its lock),
/// so the console's parts render plain data and can be tested without a database.
/// </summary>
public sealed record ConsoleSnapshot
{
    public required Guid SessionId { get; init; }

    public required string Title { get; init; }

    public string Prompt { get; init; } = "";

    public required string JoinCode { get; init; }

    public Guid TaxonomyId { get; init; }

    public required string TaxonomySlug { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public SessionSettings Settings { get; init; } = new(AllowGuests: true, PreModerate: false, VoteWhileDiscussing: false);

    public SessionPhase Phase { get; init; }

    public DateTimeOffset? TimerEndsAt { get; init; }

    public string? Summary { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<ConsoleItem> Items { get; init; } = [];

    public SessionProgress Progress { get; init; } = SessionProgress.Empty;

    public bool IsClosed => Phase == SessionPhase.Closed;

    /// <summary>Reads the room; call it inside <c>LiveRoom.Read</c>, which holds the lock while the copy is made.</summary>
    public static ConsoleSnapshot Of(SessionRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        return new ConsoleSnapshot
        {
            SessionId = room.Id,
            Title = room.Title,
            Prompt = room.Prompt,
            JoinCode = room.JoinCode,
            TaxonomyId = room.TaxonomyId,
            TaxonomySlug = room.TaxonomySlug,
            Languages = room.Languages,
            Settings = room.Settings,
            Phase = room.Phase,
            TimerEndsAt = room.TimerEndsAt,
            Summary = room.Summary,
            ClosedAt = room.ClosedAt,
            Items = [.. room.Items.Select(item => ItemOf(room, item))],
            Progress = new SessionProgress(
                Joined: room.Participants.Count,
                StillIn: room.Participants.Count(participant => !participant.HasLeft),
                ItemsVotedPerParticipant: [.. room.Participants.Select(participant => room.Votes.CountVotedBy(participant.Id))],
                VotesCounted: room.Votes.Counted),
        };
    }

    private static ConsoleItem ItemOf(SessionRoom room, RoomItem item)
    {
        // A merged item's tally is its survivor's: shown there, not twice.
        var tally = item.State == Domain.Sessions.Items.ModerationState.Merged ? null : room.TallyOf(item.Id);
        return new ConsoleItem
        {
            Id = item.Id,
            Kind = item.Kind,
            Text = item.Text,
            AuthorName = item.AuthorName,
            SubmittedAt = item.SubmittedAt,
            State = item.State,
            HiddenReason = item.HiddenReason,
            MergedInto = item.MergedInto,
            Agree = tally?.Agree ?? 0,
            Disagree = tally?.Disagree ?? 0,
            Pass = tally?.Pass ?? 0,
            Rationale = item.Change?.Rationale,
            Acceptance = item.Acceptance is { } accepted
                ? new AcceptedIntoDraft(accepted.DraftVersion, accepted.Agree, accepted.Disagree, accepted.Pass, accepted.By.Name, accepted.At, accepted.Rule)
                : null,
            Comments = [.. item.Comments.Select(comment => new ConsoleComment(
                comment.Id, comment.ParentId, comment.Depth, comment.Stance, comment.Markdown, comment.AuthorName, comment.At, comment.HiddenReason))],
        };
    }
}

/// <summary>
/// How far the session got: who joined (and is still in), how many items each participant voted on (for the
/// spread chart) and how many current votes the tallies add up to.
/// </summary>
public sealed record SessionProgress(int Joined, int StillIn, IReadOnlyList<int> ItemsVotedPerParticipant, int VotesCounted)
{
    public static SessionProgress Empty { get; } = new(0, 0, [], 0);
}
