using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

public sealed class ApiClientJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_new_account_made_researcher_creates_an_api_client_calls_the_api_with_its_secret_and_revokes_it()
    {
        var email = TestAccounts.NewEmail("researcher");
        var page = await App.NewPageAsync();

        // Register: a new account is a Participant and has no API clients to manage.
        await page.OpenStaticAsync("/account/register");
        await page.GetByTestId("register-email").FillAsync(email);
        await page.GetByTestId("register-display-name").FillAsync("Rita");
        await page.GetByTestId("register-password").FillAsync(TestAccounts.Password);
        await page.GetByTestId("register-confirm-password").FillAsync(TestAccounts.Password);
        await page.GetByTestId("register-submit").ClickAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Rita");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("nav-api-clients")).ToHaveCountAsync(0);

        // An administrator makes them a Researcher; their next sign-in carries the role.
        await GrantAsync(email, Roles.Researcher);
        await page.GetByTestId("account-menu").ClickAsync();
        await page.GetByTestId("account-logout").ClickAsync();
        await Expect(page.GetByTestId("nav-login")).ToBeVisibleAsync();
        await page.SignInAsync(email, TestAccounts.Password, "Rita");

        // Role-gated navigation: a Researcher manages API clients but does not administer accounts.
        await Expect(page.GetByTestId("nav-admin")).ToHaveCountAsync(0);
        await page.GetByTestId("nav-api-clients").ClickAsync();
        await page.WaitForUrlOrExplainAsync("**/account/api-clients");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("api-clients-title")).ToHaveTextAsync("API clients");
        await Expect(page.GetByTestId("api-clients-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("input[data-testid='api-client-scope-admin']")).ToHaveCountAsync(0);

        await page.GetByTestId("api-client-name").FillAsync("Nightly export");
        await page.Locator("input[data-testid='api-client-scope-taxonomies.read']").CheckAsync();
        await page.GetByTestId("api-client-create").ClickAsync();
        var clientId = (await page.GetByTestId("api-client-id").TextContentAsync())!.Trim();
        var secret = (await page.GetByTestId("api-client-secret").TextContentAsync())!.Trim();
        await Expect(page.GetByTestId("api-clients-table")).ToContainTextAsync("Nightly export");
        await page.GetByTestId("api-client-secret-copy").ClickAsync();
        await Expect(page.GetByText("Secret copied to the clipboard.")).ToBeVisibleAsync();
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(secret);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("api-client-created");

        // The secret works from outside the browser, as a script would use it.
        using var http = new HttpClient { BaseAddress = App.BaseAddress };
        var token = await TokenRequests.ClientCredentialsAsync(http, clientId, secret);
        using (var me = TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token))
        {
            var caller = await (await http.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();
            caller.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()).ShouldBe(["taxonomies.read"]);
        }

        using (var admin = TokenRequests.Authorized(HttpMethod.Get, "/api/v1/admin/users", token))
        {
            (await http.SendAsync(admin)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        await page.GetByTestId($"api-client-revoke-{clientId}").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Dialog).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(page.GetByTestId("api-clients-empty")).ToBeVisibleAsync();

        using var afterRevoke = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        afterRevoke.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.SendAsync(afterRevoke)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task GrantAsync(string email, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var result = await scope.ServiceProvider.GetRequiredService<RoleAssignments>().GrantAsync(user, role, "system:test");
        result.Changed.ShouldBeTrue();
    }

    [Fact]
    public async Task An_admin_grants_a_role_and_sees_it_in_the_audit_log()
    {
        var adminEmail = TestAccounts.NewEmail("admin");
        await App.CreateAccountAsync(adminEmail, "Ada", TestAccounts.Password, Roles.Admin);
        var memberEmail = TestAccounts.NewEmail("member");
        await App.CreateAccountAsync(memberEmail, "Mo");
        var page = await App.NewPageAsync();

        await page.SignInAsync(adminEmail, TestAccounts.Password, "Ada");

        await page.GetByTestId("nav-admin").ClickAsync();
        await page.WaitForUrlOrExplainAsync("**/admin/users");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("admin-users-title")).ToHaveTextAsync("Accounts and roles");
        await page.GetByTestId("admin-user-search").FillAsync(memberEmail);
        await Expect(page.GetByTestId("admin-users-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId($"admin-grant-{memberEmail}").Locator("button").First.ClickAsync();
        await page.GetByTestId($"admin-grant-{memberEmail}-{Roles.Curator}").ClickAsync();

        await Expect(page.GetByTestId($"admin-role-{memberEmail}-{Roles.Curator}")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("admin-role-changes")).ToContainTextAsync(memberEmail);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("admin-users");

        // Revoking asks first, then records the change too.
        await page.GetByTestId($"admin-role-{memberEmail}-{Roles.Curator}").Locator("button").ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Dialog).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(page.GetByTestId($"admin-role-{memberEmail}-{Roles.Curator}")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("admin-role-changes")).ToContainTextAsync("Curator revoked");
    }
}
