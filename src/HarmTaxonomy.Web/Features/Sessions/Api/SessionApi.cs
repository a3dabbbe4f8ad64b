using System.Security.Claims;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;
using HarmTaxonomy.Web.Features.Sessions.Joining;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary>
/// The session API under <c>/api/v1/sessions</c> (docs/api.md#sessions, docs/live-sessions.md): joining by code
/// (anonymous where the session admits guests), and for facilitators and tools (scope <c>sessions.write</c>) opening
/// a session, seeding statements, moderating, accepting proposals and moving phases; results need
/// <c>sessions.read</c>. Refusals are ProblemDetails.
/// </summary>
public static class SessionApi
{
    public const string Route = "/api/v1/sessions";

    private const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Route)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .AddEndpointFilter<JsonBodyFilter>()
            .AddEndpointFilter<SessionApiFilter>()
            .WithTags("Sessions");
        var read = AuthorizationPolicies.Scope(ApiScopes.SessionsRead);
        var write = AuthorizationPolicies.Scope(ApiScopes.SessionsWrite);

        api.MapPost("/join", JoinAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Join);
        api.MapPost("", OpenAsync).RequireAuthorization(write);
        api.MapGet("", ListAsync).RequireAuthorization(read);
        api.MapGet("/{sessionId:guid}", GetAsync).RequireAuthorization(read);
        api.MapGet("/{sessionId:guid}/results", ResultsAsync).RequireAuthorization(read);
        api.MapGet("/{sessionId:guid}/analysis", SessionAnalysisEndpoint.GetAsync).RequireAuthorization(read);
        api.MapPost("/{sessionId:guid}/statements", SeedAsync).RequireAuthorization(write);
        api.MapPost("/{sessionId:guid}/phase", PhaseAsync).RequireAuthorization(write);
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/approve", ApproveAsync).RequireAuthorization(write);
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/hide", HideAsync).RequireAuthorization(write);
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/merge", MergeAsync).RequireAuthorization(write);
        api.MapPost("/{sessionId:guid}/proposals/{itemId:guid}/accept", AcceptAsync).RequireAuthorization(write);
        api.MapGet("/{sessionId:guid}/proposals/{itemId:guid}/rule-check", RuleCheckEndpoint.GetAsync).RequireAuthorization(read);
        return endpoints;
    }

    private static async Task<IResult> JoinAsync(JsonBody<JoinSessionRequest> body, HttpContext http, ParticipantJoining joining, CancellationToken cancellationToken)
    {
        var request = body.Value;
        var joined = await joining.JoinAsync(http, request.JoinCode, request.DisplayName, request.Community, request.Language, request.Consent == true, cancellationToken);
        return TypedResults.Ok(new JoinedSessionResponse(joined.Participant.SessionId, joined.Participant.ParticipantId, joined.AccessToken));
    }

    private static async Task<IResult> OpenAsync(JsonBody<OpenSessionRequest> body, ClaimsPrincipal user, SessionWriter writer, CancellationToken cancellationToken)
    {
        var request = body.Value;
        var settings = new SessionSettings(request.AllowGuests ?? true, request.PreModerate ?? false, request.VoteWhileDiscussing ?? false);
        var opened = await writer.OpenAsync(
            request.Taxonomy, new OpenSession(request.Title, request.Prompt, request.Languages ?? ["en"], settings), ActorOf(user), cancellationToken);
        return TypedResults.Created($"{Route}/{opened.Id}", new OpenedSessionResponse(opened.Id, opened.JoinCode));
    }

    private static async Task<IResult> ListAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var sessions = await session.Query<SessionSummary>().OrderByDescending(summary => summary.OpenedAt).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(sessions.Select(SessionResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(Guid sessionId, IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<SessionSummary>(sessionId, cancellationToken) is { } summary
            ? TypedResults.Ok(SessionResponse.From(summary))
            : NoSession(sessionId);

    private static async Task<IResult> ResultsAsync(Guid sessionId, SessionEventReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(sessionId, cancellationToken) is { } room
            ? TypedResults.Ok(SessionResultsResponse.From(room))
            : NoSession(sessionId);

    private static Task<IResult> SeedAsync(
        Guid sessionId, JsonBody<SeedStatementRequest> body, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanRun, async () =>
            TypedResults.Created($"{Route}/{sessionId}", new CreatedResponse(
                await writer.SubmitStatementAsync(sessionId, body.Value.Text, ActorOf(user), moderator: true, cancellationToken))), cancellationToken);

    private static Task<IResult> PhaseAsync(
        Guid sessionId, JsonBody<ChangePhaseRequest> body, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanRun, async () =>
        {
            var request = body.Value;
            if (SessionPhases.Parse(request.Phase) == SessionPhase.Closed)
            {
                await writer.CloseAsync(sessionId, request.Summary, ActorOf(user), cancellationToken);
            }
            else
            {
                await writer.ChangePhaseAsync(sessionId, request.Phase, request.TimerMinutes, ActorOf(user), cancellationToken);
            }

            var room = await rooms.GetAsync(sessionId, cancellationToken);
            return TypedResults.Ok(room!.Read(state => new PhaseResponse(state.Phase.ToValue(), state.TimerEndsAt)));
        }, cancellationToken);

    private static Task<IResult> ApproveAsync(Guid sessionId, Guid itemId, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanRun, async () =>
        {
            await writer.ApproveAsync(sessionId, itemId, ActorOf(user), cancellationToken);
            return TypedResults.NoContent();
        }, cancellationToken);

    private static Task<IResult> HideAsync(
        Guid sessionId, Guid itemId, JsonBody<HideItemRequest> body, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanRun, async () =>
        {
            await writer.HideAsync(sessionId, itemId, body.Value.Reason, ActorOf(user), cancellationToken);
            return TypedResults.NoContent();
        }, cancellationToken);

    private static Task<IResult> MergeAsync(
        Guid sessionId, Guid itemId, JsonBody<MergeItemRequest> body, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanRun, async () =>
        {
            var survivor = body.Value.SurvivorId ?? throw new SessionRuleException("survivorId", "Name the item this one duplicates (survivorId).");
            await writer.MergeAsync(sessionId, itemId, survivor, ActorOf(user), cancellationToken);
            return TypedResults.NoContent();
        }, cancellationToken);

    private static Task<IResult> AcceptAsync(Guid sessionId, Guid itemId, ClaimsPrincipal user, SessionRooms rooms, SessionWriter writer, CancellationToken cancellationToken) =>
        AsStaffAsync(sessionId, user, rooms, SessionStaff.CanAccept, async () =>
        {
            var accepted = await writer.AcceptProposalAsync(sessionId, itemId, ActorOf(user), cancellationToken);
            return TypedResults.Ok(new AcceptedProposalResponse(accepted.DraftVersion, RuleEvidenceResponse.From(accepted.Rule)));
        }, cancellationToken);

    private static async Task<IResult> AsStaffAsync(
        Guid sessionId, ClaimsPrincipal user, SessionRooms rooms, Func<Domain.Sessions.Rooms.SessionRoom, ClaimsPrincipal, bool> allowed, Func<Task<IResult>> act,
        CancellationToken cancellationToken)
    {
        var room = await rooms.GetAsync(sessionId, cancellationToken);
        if (room is null)
        {
            return NoSession(sessionId);
        }

        return room.Read(state => allowed(state, user)) ? await act() : SessionProblems.NotStaff();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoSession(Guid sessionId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"No session has the id {sessionId}.");

    private static SessionActor ActorOf(ClaimsPrincipal user)
    {
        var actor = Taxonomies.Drafting.ActorOf.Token(user);
        return new SessionActor(actor.Id, actor.Name);
    }
}
