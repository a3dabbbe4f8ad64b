using System.Security.Claims;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Authentication;

namespace HarmTaxonomy.Web.Features.Sessions.Joining;

/// <summary>
/// Joining by code over HTTP, the same for the join page and <c>POST /api/v1/sessions/join</c>: a request signed in
/// with the account cookie joins as that account (named after it when no name is given); a guest carrying their
/// participant token for the session stays that participant; the token is issued and also kept as the HttpOnly
/// <c>ht-participant</c> cookie, so the session's pages know the participant after a reload.
/// </summary>
public sealed class ParticipantJoining(SessionWriter writer, ParticipantTokenIssuer issuer)
{
    public async Task<JoinedWithToken> JoinAsync(
        HttpContext http, string? joinCode, string? displayName, string? community, string? language, bool consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var account = AccountOf(http.User);
        var name = string.IsNullOrWhiteSpace(displayName) && account is not null ? DisplayName.Of(http.User) : displayName;
        var profile = ParticipantProfile.Create(name, community, language, consent);
        var returningGuest = account is null ? await ReturningGuestAsync(http) : null;
        var joined = await writer.JoinAsync(joinCode, profile, account, cancellationToken, returningGuest);

        var ticket = joined.UserId is { } userId
            ? ParticipantTicket.ForAccount(joined.SessionId, joined.ParticipantId, joined.DisplayName, userId)
            : ParticipantTicket.ForGuest(joined.SessionId, joined.ParticipantId, joined.DisplayName);
        var issued = issuer.IssueWithExpiry(ticket);
        ParticipantCookie.Append(http.Response, issued.Token, issued.ExpiresAt);
        return new JoinedWithToken(joined, issued.Token);
    }

    /// <summary>The account signed in with the site's cookie (not a participant token), or null.</summary>
    public static Guid? AccountOf(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: var scheme } && scheme != ParticipantTokenDefaults.AuthenticationScheme
            ? SessionStaff.UserIdOf(user)
            : null;

    private static async Task<Guid?> ReturningGuestAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(ParticipantTokenDefaults.AuthenticationScheme);
        return result.Succeeded && ParticipantPrincipal.ReadTicket(result.Principal) is { Kind: ParticipantKind.Guest } guest
            ? guest.ParticipantId
            : null;
    }
}

/// <summary>Who joined, and the participant token that now admits them.</summary>
public sealed record JoinedWithToken(JoinedParticipant Participant, string AccessToken);
