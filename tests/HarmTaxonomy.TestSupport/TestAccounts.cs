using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.TestSupport;

/// <summary>
/// Accounts made by a test for itself, through the app's own UserManager and RoleAssignments (never the Development
/// demo accounts, whose password is random). Each test gets a fresh email, so tests sharing an app never collide.
/// </summary>
public static class TestAccounts
{
    public const string Password = "a long enough test password";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static Task<AppUser> CreateAccountAsync(
        this WebApplicationFactory<Program> app, string email, string displayName = "Test Person", string password = Password, params string[] roles) =>
        CreateInScopeAsync(app.Services, email, displayName, password, roles);

    private static async Task<AppUser> CreateInScopeAsync(IServiceProvider services, string email, string displayName, string password, string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var assignments = scope.ServiceProvider.GetRequiredService<RoleAssignments>();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join(" ", created.Errors.Select(error => error.Description))}");
        }

        foreach (var role in roles.Prepend(Roles.Participant).Distinct())
        {
            await assignments.GrantAsync(user, role, "test");
        }

        return user;
    }

    /// <summary>The account as stored now, or null; read in a fresh scope so nothing cached hides a change.</summary>
    public static async Task<AppUser?> FindAccountAsync(this WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    public static async Task UpdateAccountAsync(this WebApplicationFactory<Program> app, string email, Action<AppUser> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        change(user);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"Could not update {email}: {string.Join(" ", updated.Errors.Select(error => error.Description))}");
        }
    }

    public static async Task<IList<string>> RolesOfAsync(this WebApplicationFactory<Program> app, AppUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(user);
    }

    /// <summary>A new account holding <paramref name="roles"/> (and Participant), with a fresh email.</summary>
    public static Task<AppUser> CreateAsync(IServiceProvider services, params string[] roles) =>
        CreateInScopeAsync(services, NewEmail("user"), "Test " + string.Join(" ", roles), Password, roles);

    public static async Task<T> WithScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
