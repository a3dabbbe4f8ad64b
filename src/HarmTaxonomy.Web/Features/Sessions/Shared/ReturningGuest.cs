using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Authentication;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>
/// The guest participant a browser or client already is, from the participant token the request carries (cookie or
/// bearer): joining the same session again keeps that participant, and so their votes, instead of making a new one.
/// </summary>
public static class ReturningGuest
{
    public static async Task<Guid?> ParticipantIdAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var result = await http.AuthenticateAsync(ParticipantTokenDefaults.AuthenticationScheme);
        return result.Succeeded && ParticipantPrincipal.ReadTicket(result.Principal) is { Kind: ParticipantKind.Guest } guest
            ? guest.ParticipantId
            : null;
    }
}
