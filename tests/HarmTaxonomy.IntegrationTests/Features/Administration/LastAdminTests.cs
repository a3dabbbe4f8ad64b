using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Administration;

public sealed class LastAdminTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Admins_revoking_each_other_at_once_leave_exactly_one_admin()
    {
        await TestAccounts.CreateAsync(app.Services, Roles.Admin);
        await TestAccounts.CreateAsync(app.Services, Roles.Admin);
        var admins = await TestAccounts.WithScopeAsync(app.Services, async services =>
            await services.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin));
        admins.Count.ShouldBeGreaterThanOrEqualTo(3);

        var results = await Task.WhenAll(admins.Select(admin => TestAccounts.WithScopeAsync(app.Services, async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var fresh = (await users.FindByIdAsync(admin.Id.ToString()))!;
            return await services.GetRequiredService<RoleAssignments>().RevokeAsync(fresh, Roles.Admin, "system:test");
        })));

        results.Count(result => result.Changed).ShouldBe(admins.Count - 1);
        results.Count(result => result.Error is not null).ShouldBe(1);
        var remaining = await TestAccounts.WithScopeAsync(app.Services, async services =>
            await services.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin));
        remaining.Count.ShouldBe(1);
    }
}
