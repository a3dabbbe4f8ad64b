using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.Registering;

/// <summary>
/// Runs once after a new account exists and holds the Participant role, just before the person is signed in.
/// The request is passed so an implementation can read what else it carries: the planned guest-participation claim
/// authenticates the <c>ParticipantToken</c> scheme on it and moves that guest's contributions to the new account.
/// A failure here is logged and does not undo the registration.
/// </summary>
public interface IRegistrationFollowUp
{
    Task AfterRegistrationAsync(AppUser user, HttpContext request, CancellationToken cancellationToken);
}
