using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Database;
using Marten;
using Npgsql;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// The one write path for sessions (votes excepted: <see cref="SessionVoting"/>), used by the API, the hub and the
/// pages alike: decide against the live room under its write gate, append, commit. The commit reaches the room (and
/// everyone watching) through <see cref="CommittedSessionEvents"/>.
/// </summary>
public sealed class SessionWriter(
    IDocumentStore store,
    SessionRooms rooms,
    TaxonomyDraftCache drafts,
    TaxonomyWriter taxonomies,
    ParticipantLimits limits,
    SessionAnalyses analyses,
    TimeProvider clock)
{
    private const int JoinCodeAttempts = 8;

    /// <param name="joinCode">A code of the caller's choosing (demo data); otherwise one is drawn.</param>
    public async Task<SessionSummary> OpenAsync(string? taxonomySlug, OpenSession command, SessionActor by, CancellationToken cancellationToken, string? joinCode = null)
    {
        await using var session = store.LightweightSession();
        var slug = taxonomySlug?.Trim() ?? "";
        var taxonomy = slug.Length == 0
            ? throw new SessionRuleException("taxonomy", "Choose the taxonomy the session works on (its slug).")
            : await session.Query<TaxonomySummary>().FirstOrDefaultAsync(summary => summary.Slug == slug, cancellationToken)
                ?? throw new SessionRuleException("taxonomy", $"No taxonomy has the slug “{slug}”.", SessionRuleKind.NotFound);

        for (var attempt = 1; ; attempt++)
        {
            var sessionId = Guid.CreateVersion7();
            var opened = command.Decide(sessionId, taxonomy.Id, taxonomy.Slug, joinCode ?? JoinCodes.New(), by, clock.GetUtcNow());
            await using var attemptSession = store.LightweightSession();
            attemptSession.Events.StartStream<SessionSummary>(sessionId, opened);
            attemptSession.Insert(new OpenJoinCode(opened.JoinCode, sessionId));
            try
            {
                await attemptSession.SaveChangesAsync(cancellationToken);
                return await attemptSession.LoadAsync<SessionSummary>(sessionId, cancellationToken) ?? throw new InvalidOperationException("The session's summary was not projected.");
            }
            catch (Exception exception) when (UniqueViolation.IsCauseOf(exception) && joinCode is null && attempt < JoinCodeAttempts)
            {
                // Another open session holds the code drawn: draw again.
            }
            catch (Exception exception) when (UniqueViolation.IsCauseOf(exception) && joinCode is not null)
            {
                throw new SessionRuleException("joinCode", $"An open session already uses the code {joinCode}.", SessionRuleKind.Conflict);
            }
        }
    }

    /// <param name="returningGuestId">The guest participant the caller's token names, if any: when they belong to this
    /// session, joining again keeps them (and their votes) rather than making a second participant of the same person.</param>
    public async Task<JoinedParticipant> JoinAsync(
        string? joinCode, ParticipantProfile profile, Guid? userId, CancellationToken cancellationToken, Guid? returningGuestId = null)
    {
        var code = JoinCodes.Normalise(joinCode)
            ?? throw new SessionRuleException("joinCode", $"A join code has {JoinCodes.Length} letters and digits, such as HARM42.");
        OpenJoinCode? open;
        await using (var query = store.QuerySession())
        {
            open = await query.LoadAsync<OpenJoinCode>(code, cancellationToken);
            if (open is null && await query.Query<SessionSummary>().AnyAsync(summary => summary.JoinCode == code, cancellationToken))
            {
                // Closing frees the code, but whoever still holds it deserves to hear why it no longer works.
                throw new SessionRuleException("joinCode", $"The session with the code {code} has closed: it takes no new participants.", SessionRuleKind.Conflict);
            }
        }

        if (open is null)
        {
            throw new SessionRuleException("joinCode", $"No open session has the code {code}. Check it with the facilitator.", SessionRuleKind.NotFound);
        }

        var room = await RoomAsync(open.SessionId, cancellationToken);
        using var gate = await room.EnterWriteAsync(cancellationToken);
        var existing = userId is { } user
            ? room.Read(state => state.ParticipantOfUser(user))
            : returningGuestId is { } guestId ? room.Read(state => state.FindParticipant(guestId)) is { IsGuest: true } guest ? guest : null : null;
        if (existing is { HasLeft: false })
        {
            return new JoinedParticipant(room.Id, existing.Id, existing.DisplayName, existing.UserId);
        }

        var joined = room.Read(state => state.DecideJoin(existing?.Id ?? Guid.CreateVersion7(), profile, userId, clock.GetUtcNow()));
        await using var session = store.LightweightSession();
        if (existing is null)
        {
            session.Events.StartStream(joined.ParticipantId, joined);
        }
        else
        {
            session.Events.Append(joined.ParticipantId, joined);
        }

        await session.SaveChangesAsync(cancellationToken);
        return new JoinedParticipant(room.Id, joined.ParticipantId, joined.DisplayName, joined.UserId);
    }

    public async Task LeaveAsync(Guid sessionId, Guid participantId, CancellationToken cancellationToken)
    {
        var room = await RoomAsync(sessionId, cancellationToken);
        if (room.Read(state => state.FindParticipant(participantId)) is { HasLeft: false })
        {
            await AppendAsync(participantId, new ParticipantLeft(sessionId, participantId, clock.GetUtcNow()), start: false, cancellationToken);
        }
    }

    public Task<Guid> SubmitStatementAsync(Guid sessionId, string? text, SessionActor by, bool moderator, CancellationToken cancellationToken)
    {
        LimitSubmissions(by, moderator);
        return DecideAndAppendAsync(
            sessionId, room => room.DecideStatement(Guid.CreateVersion7(), text, by, moderator, clock.GetUtcNow()), added => added.ItemId, start: true, cancellationToken);
    }

    public async Task<Guid> ProposeAsync(Guid sessionId, ProposalInput input, SessionActor by, bool moderator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        LimitSubmissions(by, moderator);
        var room = await RoomAsync(sessionId, cancellationToken);
        var (taxonomyId, language) = room.Read(state => (state.TaxonomyId, state.Languages[0]));
        var change = input.ToChange(Guid.CreateVersion7(), language);

        // The proposal is tried on the draft as it is now, so a proposal that could never be accepted (a parent that
        // does not exist, a name too long) is refused at once, with the taxonomy's own message.
        string description;
        var gate = drafts.GateFor(taxonomyId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var query = store.QuerySession();
            var draft = await drafts.CurrentAsync(query, taxonomyId, cancellationToken)
                ?? throw new SessionRuleException("taxonomy", "The session's taxonomy no longer exists.", SessionRuleKind.NotFound);
            _ = change.ToCommand().Decide(draft, new Actor(by.Id, by.Name), clock.GetUtcNow());
            description = change.Describe(draft);
        }
        catch (TaxonomyRuleException refused)
        {
            throw new SessionRuleException(FieldOf(refused.Field), refused.Message, SessionRuleKind.Invalid);
        }
        finally
        {
            gate.Release();
        }

        return await DecideAndAppendAsync(
            sessionId, state => state.DecideProposal(Guid.CreateVersion7(), change, description, by, moderator, clock.GetUtcNow()), added => added.ItemId, start: true, cancellationToken);
    }

    public Task<Guid> CommentAsync(Guid sessionId, Guid itemId, Guid? parentId, string? stance, string? markdown, SessionActor by, bool moderator, CancellationToken cancellationToken)
    {
        LimitSubmissions(by, moderator);
        return DecideAndAppendAsync(
            sessionId, room => room.DecideComment(Guid.CreateVersion7(), itemId, parentId, stance, markdown, by, moderator, clock.GetUtcNow()),
            posted => posted.CommentId, start: false, cancellationToken, streamOf: posted => posted.ItemId);
    }

    public async Task ChangePhaseAsync(Guid sessionId, string? phase, int? timerMinutes, SessionActor by, CancellationToken cancellationToken)
    {
        var to = SessionPhases.Parse(phase)
            ?? throw new SessionRuleException("phase", "A phase is draft, proposing, discussing, voting or closed.");
        if (to == SessionPhase.Closed)
        {
            await CloseAsync(sessionId, "", by, cancellationToken);
            return;
        }

        var timer = timerMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        await DecideAndAppendAsync(sessionId, room => room.DecidePhase(to, timer, by, clock.GetUtcNow()), changed => changed.SessionId, start: false, cancellationToken);
    }

    public async Task CloseAsync(Guid sessionId, string? summary, SessionActor by, CancellationToken cancellationToken)
    {
        var room = await RoomAsync(sessionId, cancellationToken);
        using var gate = await room.EnterWriteAsync(cancellationToken);
        var (closed, code) = room.Read(state => (state.DecideClose(summary, by, clock.GetUtcNow()), state.JoinCode));
        await using var session = store.LightweightSession();
        session.Events.Append(sessionId, closed);
        // The code is free for another session once this one can no longer be joined.
        session.Delete<OpenJoinCode>(code);
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task ApproveAsync(Guid sessionId, Guid itemId, SessionActor by, CancellationToken cancellationToken) =>
        DecideAndAppendAsync(sessionId, room => room.DecideApprove(itemId, by, clock.GetUtcNow()), approved => approved.ItemId, start: false, cancellationToken);

    public Task HideAsync(Guid sessionId, Guid itemId, string? reason, SessionActor by, CancellationToken cancellationToken) =>
        DecideAndAppendAsync(sessionId, room => room.DecideHide(itemId, reason, by, clock.GetUtcNow()), hidden => hidden.ItemId, start: false, cancellationToken);

    public Task MergeAsync(Guid sessionId, Guid itemId, Guid survivorId, SessionActor by, CancellationToken cancellationToken) =>
        DecideAndAppendAsync(sessionId, room => room.DecideMerge(itemId, survivorId, by, clock.GetUtcNow()), merged => merged.ItemId, start: false, cancellationToken);

    public Task HideCommentAsync(Guid sessionId, Guid itemId, Guid commentId, string? reason, SessionActor by, CancellationToken cancellationToken) =>
        DecideAndAppendAsync(sessionId, room => room.DecideHideComment(itemId, commentId, reason, by, clock.GetUtcNow()), hidden => hidden.ItemId, start: false, cancellationToken);

    /// <summary>
    /// Carries a proposal into the taxonomy draft (with <see cref="ProposalAdopted"/> recording the session, the
    /// proposal, its tallies and how it stood against the taxonomy's acceptance rule on the session's latest analysis),
    /// then records on the proposal that it was accepted. Not meeting the rule does not stop it; the record says so.
    /// </summary>
    public async Task<ProposalAcceptance> AcceptProposalAsync(Guid sessionId, Guid itemId, SessionActor by, CancellationToken cancellationToken)
    {
        var room = await RoomAsync(sessionId, cancellationToken);
        var latest = await analyses.GetAsync(sessionId, cancellationToken);
        var support = latest is null ? null : new SupportAnalysis(latest.Analysis, latest.CoversSequence, latest.ComputedAt);
        using var gate = await room.EnterWriteAsync(cancellationToken);
        var (proposal, tally, title, taxonomyId, participants) = room.Read(state =>
        {
            var (item, itemTally) = state.ProposalToAccept(itemId);
            return (item, itemTally, state.Title, state.TaxonomyId, state.Participants.Count);
        });

        var cause = new ProposalCause(sessionId, title, proposal.Id, proposal.Text, tally.Agree, tally.Disagree, tally.Pass, participants);
        WriteOutcome outcome;
        try
        {
            outcome = await taxonomies.ExecuteAsync(
                taxonomyId, null, new AdoptProposal(proposal.Change!.ToCommand(), cause, support), new Actor(by.Id, by.Name), cancellationToken);
        }
        catch (TaxonomyRuleException refused)
        {
            throw new SessionRuleException(FieldOf(refused.Field), $"The taxonomy refused the change: {refused.Message}", SessionRuleKind.Conflict);
        }

        var adopted = outcome.Events.OfType<ProposalAdopted>().Single();
        var evidence = adopted.Cause.Rule!;
        var accepted = new Domain.Sessions.Proposals.ProposalAccepted(
            sessionId, proposal.Id, taxonomyId, outcome.DraftVersion, adopted.Categories, tally.Agree, tally.Disagree, tally.Pass, by, clock.GetUtcNow(), evidence);
        await AppendAsync(proposal.Id, accepted, start: false, cancellationToken);
        return new ProposalAcceptance(outcome.DraftVersion, evidence);
    }

    private async Task<TId> DecideAndAppendAsync<TEvent, TId>(
        Guid sessionId, Func<SessionRoom, TEvent> decide, Func<TEvent, TId> idOf, bool start, CancellationToken cancellationToken, Func<TEvent, Guid>? streamOf = null)
        where TEvent : ISessionEvent
    {
        var room = await RoomAsync(sessionId, cancellationToken);
        using var gate = await room.EnterWriteAsync(cancellationToken);
        var decided = room.Read(decide);
        var stream = streamOf?.Invoke(decided) ?? (idOf(decided) is Guid id ? id : sessionId);
        await AppendAsync(stream, decided, start, cancellationToken);
        return idOf(decided);
    }

    private async Task AppendAsync(Guid streamId, ISessionEvent change, bool start, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (start)
        {
            session.Events.StartStream(streamId, change);
        }
        else
        {
            session.Events.Append(streamId, change);
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task<LiveRoom> RoomAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await rooms.GetAsync(sessionId, cancellationToken)
        ?? throw new SessionRuleException("sessionId", $"No session {sessionId}.", SessionRuleKind.NotFound);

    private void LimitSubmissions(SessionActor by, bool moderator)
    {
        if (!moderator && by.ParticipantId is { } participantId)
        {
            limits.Submission(participantId);
        }
    }

    // The taxonomy names its fields as its own API does; a proposal's form calls the label "name".
    private static string FieldOf(string taxonomyField) => taxonomyField switch
    {
        "label" => "name",
        "into" => "splitInto",
        _ => taxonomyField,
    };
}

/// <summary>What accepting a proposal did: the draft version it produced and how the proposal stood against the acceptance rule.</summary>
public sealed record ProposalAcceptance(long DraftVersion, RuleEvidence Rule);

/// <summary>Who joined: the session, the participant id their token carries, their name and (for accounts) their user id.</summary>
public sealed record JoinedParticipant(Guid SessionId, Guid ParticipantId, string DisplayName, Guid? UserId);
