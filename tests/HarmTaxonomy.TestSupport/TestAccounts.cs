using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.TestSupport;

/// <summary>Creates accounts with roles directly through Identity, for tests that start from a signed-up person.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery staple";

    public static async Task<AppUser> CreateAsync(IServiceProvider services, params string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var assignments = scope.ServiceProvider.GetRequiredService<RoleAssignments>();
        var email = $"{Guid.NewGuid():N}@test.example";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Test " + string.Join(" ", roles), EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(error => error.Description)));
        }

        foreach (var role in roles.Prepend(Roles.Participant).Distinct())
        {
            await assignments.GrantAsync(user, role, "system:test");
        }

        return user;
    }

    public static async Task<T> WithScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
