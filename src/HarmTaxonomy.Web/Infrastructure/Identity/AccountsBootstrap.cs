using System.Security.Cryptography;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>
/// At every start: the roles exist; <c>Admin:Email</c> / <c>Admin:Password</c> create or update the first admin.
/// In Development with no admin configured, <c>admin@localhost</c> and one demo account per role are created once,
/// with a random password written once to the log.
/// </summary>
public sealed class AccountsBootstrap(
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    RoleAssignments assignments,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<AccountsBootstrap> logger)
{
    public const string Actor = "system:bootstrap";

    public const string DevelopmentAdminEmail = "admin@localhost";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new AppRole(role)), $"create role {role}");
            }
        }

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password))
        {
            await UpsertAdminAsync(email, password, cancellationToken);
        }
        else if (environment.IsDevelopment() && await users.FindByEmailAsync(DevelopmentAdminEmail) is null)
        {
            await SeedDevelopmentAccountsAsync(cancellationToken);
        }
    }

    private async Task UpsertAdminAsync(string email, string password, CancellationToken cancellationToken)
    {
        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            admin = await CreateAsync(email, "Administrator", password, cancellationToken, configured: true);
            logger.LogInformation("Created the admin account {Email} from Admin:Email", email);
        }
        else if (!await users.CheckPasswordAsync(admin, password))
        {
            // Only when the configured password changed: a reset on every start would end every admin session.
            var token = await users.GeneratePasswordResetTokenAsync(admin);
            Ensure(await users.ResetPasswordAsync(admin, token, password), $"set the password of {email} from Admin:Password", configured: true);
            await users.SetLockoutEndDateAsync(admin, null);
        }

        await assignments.GrantAsync(admin, Roles.Admin, Actor, cancellationToken);
    }

    private async Task SeedDevelopmentAccountsAsync(CancellationToken cancellationToken)
    {
        var password = RandomPassword();
        var admin = await CreateAsync(DevelopmentAdminEmail, "Administrator", password, cancellationToken);
        await assignments.GrantAsync(admin, Roles.Admin, Actor, cancellationToken);
        foreach (var role in Roles.All.Where(role => role is not Roles.Admin and not Roles.Participant))
        {
            var demo = await CreateAsync($"{role.ToLowerInvariant()}@localhost", $"Demo {role}", password, cancellationToken);
            await assignments.GrantAsync(demo, role, Actor, cancellationToken);
        }

        await CreateAsync("participant@localhost", "Demo Participant", password, cancellationToken);
        logger.LogWarning(
            "Development accounts created: {Admin} and facilitator@, curator@, researcher@, participant@localhost, all with the password {Password} (shown only now)",
            DevelopmentAdminEmail,
            password);
    }

    private async Task<AppUser> CreateAsync(string email, string displayName, string password, CancellationToken cancellationToken, bool configured = false)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        Ensure(await users.CreateAsync(user, password), $"create the account {email}", configured);
        await assignments.GrantAsync(user, Roles.Participant, Actor, cancellationToken);
        return user;
    }

    private static string RandomPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');

    private static void Ensure(IdentityResult result, string what, bool configured = false)
    {
        if (!result.Succeeded)
        {
            var reasons = string.Join(" ", result.Errors.Select(error => error.Description));
            throw configured
                ? new ConfigurationProblemException($"Could not {what}: {reasons} Fix Admin:Email / Admin:Password (env Admin__Email, Admin__Password).")
                : new InvalidOperationException($"Could not {what}: {reasons}");
        }
    }
}
