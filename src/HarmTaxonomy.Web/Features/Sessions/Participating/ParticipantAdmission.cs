using HarmTaxonomy.Web.Infrastructure.Auth.Participants;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// Whom a participant token admits to one session's page: its ticket when the token is valid, unexpired and for
/// that session; otherwise nobody. The page asks again before every action, so an expired token stops acting at once.
/// </summary>
public static class ParticipantAdmission
{
    public static ParticipantTicket? Admit(ParticipantTokenValidator validator, string? token, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return string.IsNullOrEmpty(token) ? null
            : validator.Validate(token) is { Ticket: { } ticket } && ticket.SessionId == sessionId ? ticket
            : null;
    }
}
