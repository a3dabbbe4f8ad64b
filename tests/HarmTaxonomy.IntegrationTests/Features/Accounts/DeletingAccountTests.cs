using System.Net;
using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class DeletingAccountTests(AccountsApp app)
{
    [Fact]
    public async Task Deleting_removes_the_account_records_the_event_and_signs_out()
    {
        var email = TestAccounts.NewEmail("xavi");
        var user = await app.CreateAccountAsync(email, "Xavi");
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var response = await client.SubmitAsync("/account/manage/delete", "delete-account", ("Input.Password", TestAccounts.Password));

        response.RedirectTarget().ShouldBe("/?accountDeleted=true");
        (await app.FindAccountAsync(email)).ShouldBeNull();

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var deleted = (await session.Events.FetchStreamAsync(user.Id)).Select(e => e.Data).OfType<AccountDeleted>().ShouldHaveSingleItem();
        deleted.UserId.ShouldBe(user.Id);
        deleted.DeletedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));

        var home = await client.GetPageAsync("/?accountDeleted=true");
        home.Has("account-deleted").ShouldBeTrue();
        home.Has("nav-login").ShouldBeTrue();
        (await client.Http.GetAsync("/account/manage")).StatusCode.ShouldBe(HttpStatusCode.Found);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_account_and_says_so_next_to_the_field()
    {
        var email = TestAccounts.NewEmail("yago");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var response = await client.SubmitAsync("/account/manage/delete", "delete-account", ("Input.Password", "not my password"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FormClient.ParseAsync(response)).FieldMessage("delete-password").ShouldBe("That is not your current password.");
        (await app.FindAccountAsync(email)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_last_admin_cannot_delete_their_account()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The Development seed made admin@localhost an admin; this test needs to be the only one.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var admin in await users.GetUsersInRoleAsync(Roles.Admin))
            {
                await users.RemoveFromRoleAsync(admin, Roles.Admin);
            }
        }

        var email = TestAccounts.NewEmail("zoe");
        await app.CreateAccountAsync(email, "Zoe", roles: Roles.Admin);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var page = await FormClient.ParseAsync(await client.SubmitAsync("/account/manage/delete", "delete-account", ("Input.Password", TestAccounts.Password)));

        page.TextOf("delete-error").ShouldStartWith("You are the last administrator of this instance.");
        (await app.FindAccountAsync(email)).ShouldNotBeNull();
    }
}
