using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;

namespace HarmTaxonomy.Web.Features.Sessions.ClaimingParticipation;

/// <summary>
/// A guest who registers while their browser still carries a guest participant token takes their participation
/// with them: it is recorded as theirs, and the browser's participant cookie becomes an account participant's.
/// </summary>
public sealed class GuestClaimOnRegistration(GuestParticipationClaim claim) : IRegistrationFollowUp
{
    public async Task AfterRegistrationAsync(AppUser user, HttpContext request, CancellationToken cancellationToken)
    {
        var participant = await request.AuthenticateAsync(ParticipantTokenDefaults.AuthenticationScheme);
        if (participant.Succeeded)
        {
            await claim.ClaimAsync(participant.Principal, user.Id, cancellationToken);
        }
    }
}
