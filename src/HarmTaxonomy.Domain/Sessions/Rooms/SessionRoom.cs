using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>
/// A whole session in memory: details, phase, participants, items, comments and votes, folded from the events of
/// all its streams. Applying is idempotent per event id (a commit can be seen twice: once when the room is loaded and
/// once when the commit is announced), and order-tolerant for votes (the later sequence wins). Decisions
/// (<c>Decide…</c>, in the other half of this class) check the rules against this state and return events without
/// changing it. Not thread-safe: its owner serialises access.
/// </summary>
public sealed partial class SessionRoom
{
    private readonly HashSet<Guid> facilitators = [];
    private readonly Dictionary<Guid, RoomParticipant> participants = [];
    private readonly Dictionary<Guid, Guid> participantsByUser = [];
    private readonly Dictionary<Guid, RoomItem> items = [];
    private readonly List<RoomItem> itemsInOrder = [];
    private readonly HashSet<Guid> appliedEvents = [];
    private IReadOnlyDictionary<Guid, double> extremities = new Dictionary<Guid, double>();

    private SessionRoom(SessionOpened opened)
    {
        Id = opened.SessionId;
        TaxonomyId = opened.TaxonomyId;
        TaxonomySlug = opened.TaxonomySlug;
        Title = opened.Title;
        Prompt = opened.Prompt;
        Languages = opened.Languages;
        Settings = opened.Settings;
        JoinCode = opened.JoinCode;
        OpenedBy = opened.By;
        OpenedAt = opened.At;
        if (Guid.TryParse(opened.By.Id, out var openerId))
        {
            facilitators.Add(openerId);
        }
    }

    public Guid Id { get; }

    public Guid TaxonomyId { get; }

    public string TaxonomySlug { get; }

    public string Title { get; }

    public string Prompt { get; }

    public IReadOnlyList<string> Languages { get; }

    public SessionSettings Settings { get; }

    public string JoinCode { get; }

    public SessionActor OpenedBy { get; }

    public DateTimeOffset OpenedAt { get; }

    public SessionPhase Phase { get; private set; } = SessionPhase.Draft;

    public DateTimeOffset? TimerEndsAt { get; private set; }

    public string? Summary { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => Phase == SessionPhase.Closed;

    public VoteLedger Votes { get; } = new();

    public IReadOnlyCollection<Guid> Facilitators => facilitators;

    public IReadOnlyCollection<RoomParticipant> Participants => participants.Values;

    /// <summary>Every item in the order it entered, whatever its moderation state.</summary>
    public IReadOnlyList<RoomItem> Items => itemsInOrder;

    /// <summary>The sequence of the last event applied; a reader that rebuilt the room knows how far it got.</summary>
    public long LastSequence { get; private set; }

    /// <summary>Starts a room from the session's first event; the opening event counts as applied.</summary>
    public static SessionRoom Open(SessionOpened opened, Guid eventId, long sequence)
    {
        var room = new SessionRoom(opened);
        room.appliedEvents.Add(eventId);
        room.LastSequence = sequence;
        return room;
    }

    public bool IsFacilitator(Guid userId) => facilitators.Contains(userId);

    public RoomParticipant? FindParticipant(Guid participantId) => participants.GetValueOrDefault(participantId);

    public RoomParticipant? ParticipantOfUser(Guid userId) =>
        participantsByUser.TryGetValue(userId, out var participantId) ? participants[participantId] : null;

    public RoomItem? FindItem(Guid itemId) => items.GetValueOrDefault(itemId);

    /// <summary>Items a participant sees: accepted ones, and their own that wait for a moderator.</summary>
    public IEnumerable<RoomItem> VisibleTo(Guid? participantId) =>
        itemsInOrder.Where(item => item.State == ModerationState.Accepted
            || (item.State == ModerationState.Pending && participantId is { } id && item.AuthorParticipantId == id));

    public IEnumerable<RoomItem> AwaitingModeration => itemsInOrder.Where(item => item.State == ModerationState.Pending);

    public ItemTally TallyOf(Guid itemId) => Votes.TallyOf(itemId);

    /// <summary>Tallies of every item that is not merged away (hidden items included: their votes stay recorded).</summary>
    public IEnumerable<ItemTally> Tallies() =>
        itemsInOrder.Where(item => item.State != ModerationState.Merged).Select(item => Votes.TallyOf(item.Id));

    /// <summary>The participant's current votes, by item.</summary>
    public IReadOnlyDictionary<Guid, VoteValue> VotesOf(Guid participantId) =>
        Votes.ItemsVotedBy(participantId).ToDictionary(item => item, item => Votes.VoteOf(participantId, item)!.Value);

    /// <summary>
    /// The next card for a participant among the voteable items they have not voted on: the card they are looking at
    /// (<paramref name="current"/>) while it still qualifies, otherwise one sampled in proportion to its Polis
    /// priority, using each item's extremity from the latest opinion analysis (0 until there is one).
    /// </summary>
    public RoomItem? NextCardFor(Guid participantId, Guid? current = null)
    {
        var voted = Votes.ItemsVotedBy(participantId);
        if (current is { } shown && items.TryGetValue(shown, out var still) && still.IsVoteable && !voted.Contains(shown))
        {
            return still;
        }

        var candidates = itemsInOrder
            .Where(item => item.IsVoteable && !voted.Contains(item.Id))
            .Select(item =>
            {
                var tally = Votes.TallyOf(item.Id);
                return (item.Id, CardPriority.Of(tally.Agree, tally.Pass, tally.Total, extremities.GetValueOrDefault(item.Id)));
            });
        return CardSampler.Choose(candidates, participantId, voted.Count) is { } chosen ? items[chosen] : null;
    }

    /// <summary>Takes each item's extremity from a new opinion analysis; the card queue samples with it from then on.</summary>
    public void UseExtremities(IReadOnlyDictionary<Guid, double> byItem) => extremities = byItem;

    /// <summary>Applies one committed event; returns what changed (nothing when the event was applied before).</summary>
    public RoomChange Apply(ISessionEvent change, Guid eventId, long sequence)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.SessionId != Id || !appliedEvents.Add(eventId))
        {
            return RoomChange.Nothing;
        }

        LastSequence = Math.Max(LastSequence, sequence);
        return change switch
        {
            VoteCast vote => Votes.Count(vote, sequence) is { } item
                ? new RoomChange(RoomChangeKind.Tallies, item, TalliesChanged: [item])
                : RoomChange.Nothing,
            SessionPhaseChanged phase => PhaseChanged(phase),
            SessionClosed closed => Closed(closed),
            FacilitatorAdded added => FacilitatorJoined(added),
            ParticipantJoined joined => Joined(joined),
            ParticipantLeft left => Left(left),
            StatementSubmitted statement => Added(new RoomItem
            {
                Id = statement.ItemId,
                Kind = ItemKind.Statement,
                Text = statement.Text,
                AuthorName = statement.By.Name,
                AuthorParticipantId = statement.By.ParticipantId,
                SubmittedAt = statement.At,
                Order = itemsInOrder.Count,
                State = statement.State,
                ExternalId = statement.ExternalId,
            }),
            ProposalSubmitted proposal => Added(new RoomItem
            {
                Id = proposal.ItemId,
                Kind = ItemKind.Proposal,
                Text = proposal.Text,
                Change = proposal.Change,
                AuthorName = proposal.By.Name,
                AuthorParticipantId = proposal.By.ParticipantId,
                SubmittedAt = proposal.At,
                Order = itemsInOrder.Count,
                State = proposal.State,
            }),
            ItemApproved approved => Moderated(approved.ItemId, item =>
            {
                item.State = ModerationState.Accepted;
                item.HiddenReason = null;
            }),
            ItemHidden hidden => Moderated(hidden.ItemId, item =>
            {
                item.State = ModerationState.Hidden;
                item.HiddenReason = hidden.Reason;
            }),
            ItemMerged merged => Merged(merged),
            ProposalAccepted accepted => Moderated(accepted.ItemId, item => item.Acceptance = accepted) with { Kind = RoomChangeKind.ProposalAccepted },
            CommentPosted posted => Commented(posted),
            CommentHidden hidden => CommentModerated(hidden),
            _ => new RoomChange(RoomChangeKind.Session),
        };
    }

    private RoomChange PhaseChanged(SessionPhaseChanged changed)
    {
        Phase = changed.To;
        TimerEndsAt = changed.TimerEndsAt;
        return new RoomChange(RoomChangeKind.Phase);
    }

    private RoomChange Closed(SessionClosed closed)
    {
        Phase = SessionPhase.Closed;
        TimerEndsAt = null;
        Summary = closed.Summary;
        ClosedAt = closed.At;
        return new RoomChange(RoomChangeKind.Phase);
    }

    private RoomChange FacilitatorJoined(FacilitatorAdded added)
    {
        facilitators.Add(added.UserId);
        return new RoomChange(RoomChangeKind.Session);
    }

    private RoomChange Joined(ParticipantJoined joined)
    {
        participants[joined.ParticipantId] = new RoomParticipant(joined.ParticipantId, joined.DisplayName, joined.UserId, joined.Community, joined.Language, joined.At)
        {
            ExternalId = joined.ExternalId,
        };
        if (joined.UserId is { } userId)
        {
            participantsByUser[userId] = joined.ParticipantId;
        }

        return new RoomChange(RoomChangeKind.Participants);
    }

    private RoomChange Left(ParticipantLeft left)
    {
        if (participants.TryGetValue(left.ParticipantId, out var participant))
        {
            participants[left.ParticipantId] = participant with { HasLeft = true };
        }

        return new RoomChange(RoomChangeKind.Participants);
    }

    private RoomChange Added(RoomItem item)
    {
        if (!items.TryAdd(item.Id, item))
        {
            return RoomChange.Nothing;
        }

        itemsInOrder.Add(item);
        return new RoomChange(RoomChangeKind.ItemAdded, item.Id);
    }

    private RoomChange Moderated(Guid itemId, Action<RoomItem> change)
    {
        if (!items.TryGetValue(itemId, out var item))
        {
            return RoomChange.Nothing;
        }

        change(item);
        return new RoomChange(RoomChangeKind.ItemModerated, itemId);
    }

    private RoomChange Merged(ItemMerged merged)
    {
        if (!items.TryGetValue(merged.ItemId, out var item))
        {
            return RoomChange.Nothing;
        }

        item.State = ModerationState.Merged;
        item.MergedInto = merged.SurvivorId;
        return new RoomChange(RoomChangeKind.ItemModerated, merged.ItemId, TalliesChanged: Votes.Merge(merged.ItemId, merged.SurvivorId));
    }

    private RoomChange Commented(CommentPosted posted)
    {
        if (!items.TryGetValue(posted.ItemId, out var item) || item.FindComment(posted.CommentId) is not null)
        {
            return RoomChange.Nothing;
        }

        item.AddComment(new RoomComment(
            posted.CommentId, posted.ItemId, posted.ParentId, posted.Depth, posted.Stance, posted.Markdown, posted.By.Name, posted.By.ParticipantId, posted.At));
        return new RoomChange(RoomChangeKind.CommentAdded, posted.ItemId, posted.CommentId);
    }

    private RoomChange CommentModerated(CommentHidden hidden)
    {
        if (!items.TryGetValue(hidden.ItemId, out var item) || item.FindComment(hidden.CommentId) is not { } comment)
        {
            return RoomChange.Nothing;
        }

        item.ReplaceComment(comment with { HiddenReason = hidden.Reason });
        return new RoomChange(RoomChangeKind.CommentModerated, hidden.ItemId, hidden.CommentId);
    }
}
