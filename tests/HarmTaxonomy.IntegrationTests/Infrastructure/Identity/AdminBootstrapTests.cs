using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Identity;

/// <summary>The app with <c>Admin:Email</c> / <c>Admin:Password</c> set, as an operator starts it.</summary>
public sealed class ConfiguredAdminApp : HarmTaxonomyAppFactory
{
    public const string Email = "operator@harm.example";
    public const string Password = "operator password from the environment";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:Email", Email);
        builder.UseSetting("Admin:Password", Password);
    }
}

public sealed class AdminBootstrapTests(ConfiguredAdminApp app) : IClassFixture<ConfiguredAdminApp>
{
    [Fact]
    public async Task The_configured_admin_exists_holds_the_admin_role_and_can_sign_in()
    {
        var admin = await app.FindAccountAsync(ConfiguredAdminApp.Email);

        admin.ShouldNotBeNull();
        (await app.RolesOfAsync(admin)).ShouldContain(Roles.Admin);
        await FormClient.For(app).SignInAsync(ConfiguredAdminApp.Email, ConfiguredAdminApp.Password);
    }

    [Fact]
    public async Task The_grant_is_audited_as_the_bootstrap()
    {
        var admin = await app.FindAccountAsync(ConfiguredAdminApp.Email);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var grants = (await session.Events.FetchStreamAsync(admin!.Id)).Select(e => e.Data).OfType<UserRoleGranted>().ToList();

        grants.ShouldContain(grant => grant.Role == Roles.Admin && grant.GrantedBy == AccountsBootstrap.Actor);
    }

    [Fact]
    public async Task A_restart_with_a_new_password_updates_the_admin_without_a_second_account()
    {
        // Its own database: changing the admin's password must not disturb the other tests of this class.
        await using var first = new ConfiguredAdminApp();
        await first.InitializeAsync();
        _ = first.Server;
        await using var restarted = first.WithWebHostBuilder(builder => builder.UseSetting("Admin:Password", "a different operator password"));
        _ = restarted.Server;

        await FormClient.For(restarted).SignInAsync(ConfiguredAdminApp.Email, "a different operator password");
        await using var scope = restarted.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count(user => user.Email == ConfiguredAdminApp.Email).ShouldBe(1);
    }

    [Fact]
    public async Task Without_configuration_in_Development_no_demo_accounts_replace_the_configured_admin()
    {
        (await app.FindAccountAsync(AccountsBootstrap.DevelopmentAdminEmail)).ShouldBeNull();
    }
}
