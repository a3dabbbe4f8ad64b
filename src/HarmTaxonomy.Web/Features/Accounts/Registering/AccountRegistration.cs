using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Features.Accounts.Registering;

/// <summary>A new account, or the reasons Identity refused it.</summary>
public sealed record RegistrationOutcome(AppUser? User, IReadOnlyList<IdentityError> Errors)
{
    public static RegistrationOutcome Registered(AppUser user) => new(user, []);

    public static RegistrationOutcome Refused(IEnumerable<IdentityError> errors) => new(null, errors.ToList());
}

/// <summary>
/// Creates an account and makes its holder a Participant. The grant goes through <see cref="RoleAssignments"/>, so it
/// is recorded as a <c>UserRoleGranted</c> event with the new account itself as the actor.
/// </summary>
public sealed class AccountRegistration(UserManager<AppUser> users, RoleAssignments assignments, TimeProvider clock)
{
    public async Task<RegistrationOutcome> RegisterAsync(RegisterInput input, string preferredLanguage, CancellationToken cancellationToken)
    {
        var email = (input.Email ?? "").Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = (input.DisplayName ?? "").Trim(),
            PreferredLanguage = preferredLanguage,
            CreatedAt = clock.GetUtcNow(),
        };

        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            return RegistrationOutcome.Refused(created.Errors);
        }

        // An account without its role (or without the audit event of it) could sign in but do nothing: better no
        // account and a clear error. Once the account exists, a closed browser must not stop the work halfway.
        RoleChangeResult granted;
        try
        {
            granted = await assignments.GrantAsync(user, Roles.Participant, actor: user.Id.ToString(), CancellationToken.None);
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }

        if (granted.Error is { } error)
        {
            await users.DeleteAsync(user);
            throw new InvalidOperationException($"Could not make the new account {user.Id} a {Roles.Participant}: {error}");
        }

        return RegistrationOutcome.Registered(user);
    }
}
