using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// Compares the token's session with the requested one. HTTP: the <c>sessionId</c> route value, or for hub
/// connections (under <c>/hubs</c>) the <c>sessionId</c> query value. Hub method calls: the method's
/// <c>sessionId</c> argument, else the connection's <c>sessionId</c> query value. No session id to compare fails.
/// </summary>
public sealed class SessionParticipantHandler : AuthorizationHandler<SessionParticipantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SessionParticipantRequirement requirement)
    {
        var admittedTo = ParticipantPrincipal.SessionIdOf(context.User);
        var requested = context.Resource switch
        {
            HubInvocationContext invocation => FromHubMethod(invocation) ?? FromHubConnection(invocation.Context.GetHttpContext()?.Request),
            HttpContext http => AsSessionId(http.GetRouteValue(SessionParticipantRequirement.SessionIdName)) ?? FromHubConnection(http.Request),
            _ => null,
        };

        if (admittedTo is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "The user is not a session participant."));
        }
        else if (requested is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "The request names no session to compare the participant token with."));
        }
        else if (requested != admittedTo)
        {
            context.Fail(new AuthorizationFailureReason(this, "The participant token is for another session."));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static Guid? FromHubMethod(HubInvocationContext invocation)
    {
        var parameters = invocation.HubMethod.GetParameters();
        for (var index = 0; index < parameters.Length && index < invocation.HubMethodArguments.Count; index++)
        {
            if (parameters[index].Name == SessionParticipantRequirement.SessionIdName)
            {
                return AsSessionId(invocation.HubMethodArguments[index]);
            }
        }

        return null;
    }

    private static Guid? FromHubConnection(HttpRequest? request) =>
        request is not null && request.Path.StartsWithSegments(ParticipantTokenDefaults.HubsPath, StringComparison.OrdinalIgnoreCase)
            ? AsSessionId(request.Query[SessionParticipantRequirement.SessionIdName].ToString())
            : null;

    private static Guid? AsSessionId(object? value) => value switch
    {
        Guid id => id,
        string text when Guid.TryParse(text, CultureInfo.InvariantCulture, out var id) => id,
        _ => null,
    };
}
