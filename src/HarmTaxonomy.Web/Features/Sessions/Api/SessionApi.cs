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
using HarmTaxonomy.Web.Infrastructure.OpenApi;
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

        api.MapPost("/join", JoinAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Join)
            .Documented("Join a session by its code", "No token needed where the session admits guests. Answers the participant's id and a participant token (`htp_…`) for the session hub and `participants/me`, and sets the `ht-participant` cookie. Community and language are kept only with `consent: true`. Rate-limited per address (429).")
            .Accepts(SessionApiExamples.JoinRequest)
            .Returns(SessionApiExamples.Joined)
            .Fails(StatusCodes.Status400BadRequest, "displayName", "Choose a display name of 1 to 40 characters.")
            .Fails(StatusCodes.Status403Forbidden, detail: "This session admits only signed-in participants.")
            .Fails(StatusCodes.Status404NotFound, detail: "No open session has the join code HARM99.")
            .Fails(StatusCodes.Status409Conflict, detail: "The session is closed.");
        api.MapPost("", OpenAsync).RequireAuthorization(write)
            .Documented("Open a session", "Opens a live session on a taxonomy's draft, with a fresh join code. Answers 201 with its id and join code.")
            .Accepts(SessionApiExamples.OpenRequest)
            .Returns(SessionApiExamples.OpenedSession, StatusCodes.Status201Created)
            .Fails(StatusCodes.Status400BadRequest, "title", "A session needs a title of at most 200 characters.")
            .Fails(StatusCodes.Status404NotFound, detail: "No taxonomy has the slug 'no-such-taxonomy'.");
        api.MapGet("", ListAsync).RequireAuthorization(read)
            .Documented("List sessions", "The 500 most recently opened sessions, newest first.")
            .Returns(SessionApiExamples.Sessions)
            .Fails(StatusCodes.Status404NotFound, detail: "Nothing answers at this address.");
        api.MapGet("/{sessionId:guid}", GetAsync).RequireAuthorization(read)
            .Documented("Read a session", "Its title, taxonomy, join code, phase and dates.")
            .Returns(SessionApiExamples.Session)
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");
        api.MapGet("/{sessionId:guid}/results", ResultsAsync).RequireAuthorization(read)
            .Documented("Read a session's results", "Read from the event store: participants who joined, votes counted (each participant's latest vote per item) and the tallies of every item not merged away. Items imported from Polis carry their Polis id as `externalId`.")
            .Returns(SessionApiExamples.Results)
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");
        api.MapGet("/{sessionId:guid}/analysis", SessionAnalysisEndpoint.GetAsync).RequireAuthorization(read)
            .Documented("Read a session's opinion analysis", "The latest stored analysis (opinion groups, representative and consensus items, group-informed consensus) with the seed and parameters that reproduce it. While the first one is computed: 202 with `Retry-After`.")
            .Returns(SessionApiExamples.Analysis)
            .Returns(SessionApiExamples.Pending, StatusCodes.Status202Accepted)
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");
        api.MapPost("/{sessionId:guid}/statements", SeedAsync).RequireAuthorization(write)
            .Documented("Seed a statement", "Adds a statement as the facilitator, approved at once. Answers 201 with its id.")
            .Accepts(SessionApiExamples.SeedRequest)
            .Returns(SessionApiExamples.Created, StatusCodes.Status201Created)
            .Fails(StatusCodes.Status400BadRequest, "text", "A statement has 1 to 280 characters.")
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.")
            .Fails(StatusCodes.Status409Conflict, detail: "The session is closed.");
        api.MapPost("/{sessionId:guid}/phase", PhaseAsync).RequireAuthorization(write)
            .Documented("Change a session's phase", "`phase` is gathering, voting, discussing or closed; `timerMinutes` sets a countdown; `closed` closes the session with the optional `summary`. Answers the phase and when its timer ends.")
            .Accepts(SessionApiExamples.PhaseRequest)
            .Returns(SessionApiExamples.Phase)
            .Fails(StatusCodes.Status400BadRequest, "phase", "Phases: gathering, voting, discussing, closed.")
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.")
            .Fails(StatusCodes.Status409Conflict, detail: "The session is closed.");
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/approve", ApproveAsync).RequireAuthorization(write)
            .Documented("Approve an item", "Shows a held item (statement or proposal) to participants, in pre-moderated sessions.")
            .ReturnsNothing()
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.")
            .Fails(StatusCodes.Status409Conflict, detail: "The item is already hidden.");
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/hide", HideAsync).RequireAuthorization(write)
            .Documented("Hide an item", "Takes an item out of the session with the reason participants see.")
            .Accepts(SessionApiExamples.HideRequest)
            .ReturnsNothing()
            .Fails(StatusCodes.Status400BadRequest, "reason", "Say why the item is hidden.")
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");
        api.MapPost("/{sessionId:guid}/items/{itemId:guid}/merge", MergeAsync).RequireAuthorization(write)
            .Documented("Merge a duplicate item", "Merges the item into `survivorId`; its votes count for the survivor once per participant.")
            .Accepts(SessionApiExamples.MergeRequest)
            .ReturnsNothing()
            .Fails(StatusCodes.Status400BadRequest, "survivorId", "Name the item this one duplicates (survivorId).")
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.")
            .Fails(StatusCodes.Status409Conflict, detail: "An item cannot be merged into itself.");
        api.MapPost("/{sessionId:guid}/proposals/{itemId:guid}/accept", AcceptAsync).RequireAuthorization(write)
            .Documented("Accept a proposal into the draft", "Applies the proposed change to the taxonomy's draft and records how the proposal stood against the acceptance rule. Answers the new draft version with that evidence.")
            .Returns(SessionApiExamples.Accepted)
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.")
            .Fails(StatusCodes.Status409Conflict, detail: "The proposal was already accepted.");
        api.MapGet("/{sessionId:guid}/proposals/{itemId:guid}/rule-check", RuleCheckEndpoint.GetAsync).RequireAuthorization(read)
            .Documented("Check a proposal against the acceptance rule", "The taxonomy's rule, whether the proposal meets it now, the figures per opinion group, each shortfall with a message, and the analysis used (null while none has been computed).")
            .Returns(SessionApiExamples.RuleCheck)
            .Fails(StatusCodes.Status404NotFound, detail: "No session has the id 0193a0c5-1111-7000-8000-000000000001.");
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
