using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>The rules: each decision checks the room as it is and returns the event to record, or throws <see cref="SessionRuleException"/>.</summary>
public sealed partial class SessionRoom
{
    public SessionPhaseChanged DecidePhase(SessionPhase to, TimeSpan? timer, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (to == SessionPhase.Closed)
        {
            throw new SessionRuleException("phase", "Close the session with its own step, which records a summary.");
        }

        if (to == Phase && timer is null)
        {
            throw new SessionRuleException("phase", $"The session is already in the {Phase.ToValue()} phase.", SessionRuleKind.Conflict);
        }

        return new SessionPhaseChanged(Id, Phase, to, SessionRules.Timer(timer) is { } duration ? at + duration : null, by, at);
    }

    public SessionClosed DecideClose(string? summary, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        return new SessionClosed(Id, Phase, SessionRules.Summary(summary), by, at);
    }

    public FacilitatorAdded DecideFacilitator(Guid userId, string name, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        return facilitators.Contains(userId)
            ? throw new SessionRuleException("userId", $"{name} already facilitates this session.", SessionRuleKind.Conflict)
            : new FacilitatorAdded(Id, userId, name, by, at);
    }

    /// <param name="userId">The account joining, or null for a guest.</param>
    public ParticipantJoined DecideJoin(Guid participantId, ParticipantProfile profile, Guid? userId, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new SessionRuleException("joinCode", "This session has closed: it takes no new participants.", SessionRuleKind.Conflict);
        }

        if (userId is null && !Settings.AllowGuests)
        {
            throw new SessionRuleException("joinCode", "This session admits only people signed in with an account. Sign in, then join.", SessionRuleKind.Forbidden);
        }

        return new ParticipantJoined(Id, participantId, profile.DisplayName, userId, profile.Community, profile.Language, at);
    }

    /// <param name="moderator">A facilitator seeding the session: accepted at once, in any open phase.</param>
    public StatementSubmitted DecideStatement(Guid itemId, string? text, SessionActor by, bool moderator, DateTimeOffset at)
    {
        var statement = SessionRules.Statement(text);
        EnsureCanSubmit(by, moderator);
        EnsureNotDuplicate(statement);
        return new StatementSubmitted(Id, itemId, statement, InitialState(moderator), by, at);
    }

    /// <param name="description">The proposal in one line, from <see cref="ProposedChange.Describe"/>, checked against the taxonomy by the caller.</param>
    public ProposalSubmitted DecideProposal(Guid itemId, ProposedChange change, string description, SessionActor by, bool moderator, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        EnsureCanSubmit(by, moderator);
        if (!Languages.Contains(change.Language, StringComparer.Ordinal))
        {
            throw new SessionRuleException("language", $"Propose in one of the session's languages: {string.Join(", ", Languages)}.");
        }

        if (change.Rationale is { Length: > ProposedChange.MaxRationale })
        {
            throw new SessionRuleException("rationale", $"Keep the rationale to {ProposedChange.MaxRationale:N0} characters.");
        }

        EnsureNotDuplicate(description);
        return new ProposalSubmitted(Id, itemId, change, description, InitialState(moderator), by, at);
    }

    /// <summary>A vote, or the receipt of the same client vote id recorded before (then nothing new is recorded).</summary>
    public VoteDecision DecideVote(Guid participantId, Guid itemId, string? value, string? clientVoteId, DateTimeOffset at)
    {
        var voteId = SessionRules.ClientVoteId(clientVoteId);
        var participant = ActiveParticipant(participantId);
        if (Votes.ReceiptFor(participantId, voteId) is { } receipt)
        {
            return VoteDecision.Duplicate(receipt);
        }

        var vote = VoteValues.Parse(value) ?? throw new SessionRuleException("value", "A vote is agree, disagree or pass.");
        if (!(Phase == SessionPhase.Voting || (Phase == SessionPhase.Discussing && Settings.VoteWhileDiscussing)))
        {
            throw new SessionRuleException("phase", $"Votes are taken in the voting phase{(Settings.VoteWhileDiscussing ? " and while discussing" : "")}; the session is {Phase.ToValue()}.", SessionRuleKind.Conflict);
        }

        var item = VoteableItem(itemId);
        return VoteDecision.Cast(new VoteCast(Id, participant.Id, item.Id, vote, voteId, at));
    }

    public CommentPosted DecideComment(Guid commentId, Guid itemId, Guid? parentId, string? stance, string? markdown, SessionActor by, bool moderator, DateTimeOffset at)
    {
        EnsureOpen();
        if (Phase == SessionPhase.Draft && !moderator)
        {
            throw new SessionRuleException("phase", "Discussion opens after the draft phase.", SessionRuleKind.Conflict);
        }

        EnsureParticipantCanAct(by);
        var item = FindItem(itemId) ?? throw new SessionRuleException("itemId", $"No item {itemId} in this session.", SessionRuleKind.NotFound);
        if (!item.IsVoteable && !moderator)
        {
            throw new SessionRuleException("itemId", NotVoteableMessage(item), SessionRuleKind.Conflict);
        }

        var commentStance = CommentStances.Parse(stance) ?? throw new SessionRuleException("stance", "A comment is for, against or a question.");
        var text = SessionRules.Comment(markdown);
        var depth = 0;
        if (parentId is { } replyTo)
        {
            var parent = item.FindComment(replyTo) ?? throw new SessionRuleException("parentId", "The comment replied to is not on this item.", SessionRuleKind.NotFound);
            depth = parent.Depth + 1;
            if (depth > SessionRules.MaxReplyDepth)
            {
                throw new SessionRuleException("parentId", $"Replies go at most {SessionRules.MaxReplyDepth} levels deep: reply higher up the thread.");
            }
        }

        return new CommentPosted(Id, item.Id, commentId, parentId, depth, commentStance, text, by, at);
    }

    public ItemApproved DecideApprove(Guid itemId, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        var item = Item(itemId);
        return item.State is ModerationState.Pending or ModerationState.Hidden
            ? new ItemApproved(Id, item.Id, by, at)
            : throw new SessionRuleException("itemId", item.State == ModerationState.Merged ? "A merged item cannot come back." : "The item is already visible.", SessionRuleKind.Conflict);
    }

    public ItemHidden DecideHide(Guid itemId, string? reason, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        var item = Item(itemId);
        var why = SessionRules.Reason(reason);
        return item.State is ModerationState.Pending or ModerationState.Accepted
            ? new ItemHidden(Id, item.Id, why, by, at)
            : throw new SessionRuleException("itemId", $"The item is already {item.State.ToString().ToLowerInvariant()}.", SessionRuleKind.Conflict);
    }

    public ItemMerged DecideMerge(Guid duplicateId, Guid survivorId, SessionActor by, DateTimeOffset at)
    {
        EnsureOpen();
        var duplicate = Item(duplicateId);
        var survivor = Item(survivorId, "survivorId");
        if (duplicate.Id == survivor.Id)
        {
            throw new SessionRuleException("survivorId", "An item cannot be merged into itself.");
        }

        if (duplicate.State == ModerationState.Merged)
        {
            throw new SessionRuleException("itemId", "This item was merged already.", SessionRuleKind.Conflict);
        }

        if (survivor.State != ModerationState.Accepted)
        {
            throw new SessionRuleException("survivorId", "Merge into a visible, accepted item.", SessionRuleKind.Conflict);
        }

        return duplicate.Kind != survivor.Kind
            ? throw new SessionRuleException("survivorId", "Merge statements into statements and proposals into proposals.")
            : new ItemMerged(Id, duplicate.Id, survivor.Id, by, at);
    }

    public CommentHidden DecideHideComment(Guid itemId, Guid commentId, string? reason, SessionActor by, DateTimeOffset at)
    {
        var item = Item(itemId);
        var comment = item.FindComment(commentId) ?? throw new SessionRuleException("commentId", $"No comment {commentId} on this item.", SessionRuleKind.NotFound);
        var why = SessionRules.Reason(reason);
        return comment.IsHidden
            ? throw new SessionRuleException("commentId", "The comment is already hidden.", SessionRuleKind.Conflict)
            : new CommentHidden(Id, item.Id, comment.Id, why, by, at);
    }

    /// <summary>The proposal to accept and its current tallies; refuses what is not a visible, not yet accepted proposal.</summary>
    public (RoomItem Proposal, ItemTally Tally) ProposalToAccept(Guid itemId)
    {
        var item = Item(itemId);
        if (item is not { Kind: ItemKind.Proposal, Change: not null })
        {
            throw new SessionRuleException("itemId", "Only proposals can be accepted into the taxonomy.");
        }

        if (item.Acceptance is not null)
        {
            throw new SessionRuleException("itemId", "This proposal was accepted into the draft already.", SessionRuleKind.Conflict);
        }

        return item.State == ModerationState.Accepted
            ? (item, TallyOf(item.Id))
            : throw new SessionRuleException("itemId", NotVoteableMessage(item), SessionRuleKind.Conflict);
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new SessionRuleException("phase", "The session is closed: it is read-only now.", SessionRuleKind.Conflict);
        }
    }

    private void EnsureCanSubmit(SessionActor by, bool moderator)
    {
        EnsureOpen();
        if (!moderator && Phase is not (SessionPhase.Proposing or SessionPhase.Discussing))
        {
            throw new SessionRuleException("phase", $"New statements and proposals are taken while proposing and discussing; the session is {Phase.ToValue()}.", SessionRuleKind.Conflict);
        }

        EnsureParticipantCanAct(by);
    }

    private void EnsureParticipantCanAct(SessionActor by)
    {
        if (by.ParticipantId is { } participantId)
        {
            ActiveParticipant(participantId);
        }
    }

    private RoomParticipant ActiveParticipant(Guid participantId)
    {
        var participant = FindParticipant(participantId)
            ?? throw new SessionRuleException("participantId", "You are not a participant of this session: join it first.", SessionRuleKind.Forbidden);
        return participant.HasLeft
            ? throw new SessionRuleException("participantId", "You left this session: join it again to take part.", SessionRuleKind.Forbidden)
            : participant;
    }

    private void EnsureNotDuplicate(string text)
    {
        var comparable = SessionRules.Comparable(text);
        if (itemsInOrder.FirstOrDefault(item => item.State is ModerationState.Accepted or ModerationState.Pending
                && SessionRules.Comparable(item.Text) == comparable) is { } existing)
        {
            throw new SessionRuleException("text", $"This is already in the session: “{existing.Text}”. Vote on it instead.", SessionRuleKind.Conflict);
        }
    }

    private ModerationState InitialState(bool moderator) =>
        moderator || !Settings.PreModerate ? ModerationState.Accepted : ModerationState.Pending;

    private RoomItem Item(Guid itemId, string field = "itemId") =>
        FindItem(itemId) ?? throw new SessionRuleException(field, $"No item {itemId} in this session.", SessionRuleKind.NotFound);

    private RoomItem VoteableItem(Guid itemId)
    {
        var item = Item(itemId);
        return item.IsVoteable ? item : throw new SessionRuleException("itemId", NotVoteableMessage(item), SessionRuleKind.Conflict);
    }

    private string NotVoteableMessage(RoomItem item) => item.State switch
    {
        ModerationState.Pending => "This item is waiting for a moderator.",
        ModerationState.Hidden => "A moderator hid this item.",
        ModerationState.Merged => $"This item was merged into another: “{FindItem(Votes.Resolve(item.Id))?.Text}”.",
        _ => "This item cannot be voted on.",
    };
}
