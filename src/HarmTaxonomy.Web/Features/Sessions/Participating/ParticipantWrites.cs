using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// What a participant writes from the page (statements, proposals, comments), always as that participant and never
/// as a moderator. The session's refusals pass through to the form that asked; anything else (the database did not
/// answer) is logged and becomes a refusal with <paramref name="notSaved"/> as its message, so the page stays up and
/// the person can try again.
/// </summary>
public sealed class ParticipantWrites(SessionWriter writer, ILogger logger, string notSaved)
{
    public Task<Guid> StatementAsync(Guid sessionId, ParticipantTicket by, string text, CancellationToken cancellationToken) =>
        GuardedAsync("statement", sessionId, () => writer.SubmitStatementAsync(sessionId, text, Actor(by), moderator: false, cancellationToken));

    public Task<Guid> ProposeAsync(Guid sessionId, ParticipantTicket by, ProposalInput input, CancellationToken cancellationToken) =>
        GuardedAsync("proposal", sessionId, () => writer.ProposeAsync(sessionId, input, Actor(by), moderator: false, cancellationToken));

    public Task<Guid> CommentAsync(Guid sessionId, ParticipantTicket by, CommentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return GuardedAsync("comment", sessionId, () => writer.CommentAsync(
            sessionId, draft.ItemId, draft.ParentId, draft.Stance.ToValue(), draft.Markdown, Actor(by), moderator: false, cancellationToken));
    }

    private static SessionActor Actor(ParticipantTicket ticket) => SessionActor.Participant(ticket.ParticipantId, ticket.DisplayName);

    private async Task<Guid> GuardedAsync(string what, Guid sessionId, Func<Task<Guid>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception exception) when (exception is not (SessionRuleException or OperationCanceledException))
        {
            logger.LogError(exception, "A participant's {What} in session {SessionId} was not saved", what, sessionId);
            throw new SessionRuleException("", notSaved, SessionRuleKind.Conflict);
        }
    }
}
