using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.Web.Features.Sessions.Hubs;

/// <summary>
/// <c>/hubs/session?sessionId={id}</c>: the live session for clients outside the pages (apps, bots, the load tool).
/// Connect with the participant token (<c>access_token</c> in the query, or <c>Authorization: Bearer htp_…</c>); the
/// token must be for the session named in the query, and every call is checked against it. Call <c>Join</c> first.
/// Refusals arrive as hub errors whose message starts with the kind and field: <c>[conflict] phase: …</c>.
/// The whole contract is in docs/live-sessions.md.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
public sealed class SessionHub(SessionRooms rooms, SessionVoting voting, SessionWriter writer, SessionPresence presence) : Hub
{
    public const string Path = "/hubs/session";

    private const string PresenceKey = "presence";

    public static string Group(Guid sessionId) => $"session:{sessionId:N}";

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public async Task<JoinSnapshot> Join(Guid sessionId)
    {
        var ticket = Ticket();
        var room = await rooms.GetAsync(sessionId, Context.ConnectionAborted)
            ?? throw new SessionRuleException("sessionId", $"No session {sessionId}.", SessionRuleKind.NotFound);
        if (room.Read(state => state.FindParticipant(ticket.ParticipantId)) is null)
        {
            throw new SessionRuleException("participantId", "This token's participant is not in the session: join it again.", SessionRuleKind.Forbidden);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(sessionId), Context.ConnectionAborted);
        if (!Context.Items.ContainsKey(PresenceKey))
        {
            Context.Items[PresenceKey] = presence.Enter(sessionId, ticket.ParticipantId);
        }

        var connected = presence.Count(sessionId);
        return room.Read(state => JoinSnapshot.Of(state, ticket.ParticipantId, connected));
    }

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public Task<VoteAck> CastVote(Guid itemId, string value, string clientVoteId)
    {
        var ticket = Ticket();
        return voting.CastAsync(ticket.SessionId, ticket.ParticipantId, itemId, value, clientVoteId, Context.ConnectionAborted);
    }

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public async Task<HubSubmitted> SubmitStatement(string text)
    {
        var ticket = Ticket();
        var id = await writer.SubmitStatementAsync(ticket.SessionId, text, Actor(ticket), moderator: false, Context.ConnectionAborted);
        return await SubmittedAsync(ticket.SessionId, id);
    }

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public async Task<HubSubmitted> Propose(ProposalInput proposal)
    {
        var ticket = Ticket();
        var id = await writer.ProposeAsync(ticket.SessionId, proposal ?? new ProposalInput(null), Actor(ticket), moderator: false, Context.ConnectionAborted);
        return await SubmittedAsync(ticket.SessionId, id);
    }

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public async Task<HubSubmitted> Comment(Guid itemId, Guid? parentId, string stance, string markdown)
    {
        var ticket = Ticket();
        var id = await writer.CommentAsync(ticket.SessionId, itemId, parentId, stance, markdown, Actor(ticket), moderator: false, Context.ConnectionAborted);
        return new HubSubmitted(id, "accepted");
    }

    [Authorize(Policy = AuthorizationPolicies.SessionParticipant)]
    public Task Leave()
    {
        var ticket = Ticket();
        return writer.LeaveAsync(ticket.SessionId, ticket.ParticipantId, Context.ConnectionAborted);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(PresenceKey, out var entered) && entered is IDisposable departure)
        {
            departure.Dispose();
        }

        return base.OnDisconnectedAsync(exception);
    }

    private async Task<HubSubmitted> SubmittedAsync(Guid sessionId, Guid itemId)
    {
        var room = await rooms.GetAsync(sessionId, Context.ConnectionAborted);
        var state = room?.Read(current => current.FindItem(itemId)?.State) ?? ModerationState.Accepted;
        return new HubSubmitted(itemId, state.ToString().ToLowerInvariant());
    }

    private ParticipantTicket Ticket() =>
        ParticipantPrincipal.ReadTicket(Context.User) ?? throw new HubException("[forbidden] participantId: Connect with a participant token.");

    private static SessionActor Actor(ParticipantTicket ticket) => SessionActor.Participant(ticket.ParticipantId, ticket.DisplayName);
}
