using System.Globalization;
using System.Security.Claims;

namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>Turns a ticket into the claims of an authenticated participant, and back.</summary>
public static class ParticipantPrincipal
{
    public static ClaimsPrincipal Create(ParticipantTicket ticket, string authenticationType = ParticipantTokenDefaults.AuthenticationScheme)
    {
        var claims = new List<Claim>
        {
            new(ParticipantClaimTypes.SessionId, ticket.SessionId.ToString()),
            new(ParticipantClaimTypes.ParticipantId, ticket.ParticipantId.ToString()),
            new(ParticipantClaimTypes.Name, ticket.DisplayName),
            new(ParticipantClaimTypes.Kind, ticket.Kind.ToValue()),
        };
        if (ticket.UserId is { } userId)
        {
            claims.Add(new Claim(ParticipantClaimTypes.Subject, userId.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ParticipantClaimTypes.Name, roleType: "role"));
    }

    /// <summary>The ticket behind a participant principal, or null when the principal is not a participant.</summary>
    public static ParticipantTicket? ReadTicket(ClaimsPrincipal? principal)
    {
        if (principal is null
            || GuidClaim(principal, ParticipantClaimTypes.SessionId) is not { } sessionId
            || GuidClaim(principal, ParticipantClaimTypes.ParticipantId) is not { } participantId
            || principal.FindFirst(ParticipantClaimTypes.Name)?.Value is not { } name
            || ParticipantKinds.Parse(principal.FindFirst(ParticipantClaimTypes.Kind)?.Value) is not { } kind)
        {
            return null;
        }

        var ticket = new ParticipantTicket(sessionId, participantId, name, kind, GuidClaim(principal, ParticipantClaimTypes.Subject));
        return ticket.Problem() is null ? ticket : null;
    }

    /// <summary>The session a participant principal is admitted to, or null.</summary>
    public static Guid? SessionIdOf(ClaimsPrincipal? principal) =>
        principal is null ? null : GuidClaim(principal, ParticipantClaimTypes.SessionId);

    private static Guid? GuidClaim(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirst(type)?.Value, CultureInfo.InvariantCulture, out var value) ? value : null;
}
