using System.Security.Claims;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// <c>GET /api/v1/sessions/{sessionId}/participants/me</c>: who the participant token says the caller is.
/// Needs a participant token for that session (the <c>SessionParticipant</c> policy); otherwise 401 or 403 problems.
/// </summary>
public static class CurrentParticipantApi
{
    public const string Route = "/api/v1/sessions/{sessionId:guid}/participants/me";

    public static IEndpointRouteBuilder MapCurrentParticipantApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, Results<Ok<CurrentParticipant>, ProblemHttpResult> (Guid sessionId, ClaimsPrincipal user) =>
                ParticipantPrincipal.ReadTicket(user) is { } ticket && ticket.SessionId == sessionId
                    ? TypedResults.Ok(CurrentParticipant.From(ticket))
                    // The policy has already checked this; answering the same way keeps the endpoint safe on its own.
                    : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a participant of this session"))
            .RequireAuthorization(AuthorizationPolicies.SessionParticipant)
            .Documented("Who the participant token is", "The session, participant id, display name and kind (guest or account) of the caller's participant token (bearer `htp_…` or the `ht-participant` cookie).")
            .Returns(Api.SessionApiExamples.Participant)
            .WithTags("Sessions")
            .WithMetadata(new SkipStatusCodePagesAttribute());
        return endpoints;
    }
}

/// <summary>The body of <c>participants/me</c>; <see cref="Kind"/> is <c>guest</c> or <c>account</c>.</summary>
public sealed record CurrentParticipant(Guid SessionId, Guid ParticipantId, string DisplayName, string Kind)
{
    public static CurrentParticipant From(ParticipantTicket ticket) =>
        new(ticket.SessionId, ticket.ParticipantId, ticket.DisplayName, ticket.Kind.ToValue());
}
