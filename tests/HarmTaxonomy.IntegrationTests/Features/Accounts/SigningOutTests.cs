using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class SigningOutTests(AccountsApp app)
{
    [Fact]
    public async Task The_sign_out_button_in_the_app_bar_signs_out_and_goes_home()
    {
        var email = TestAccounts.NewEmail("fran");
        await app.CreateAccountAsync(email, "Fran");
        var client = FormClient.For(app);
        await client.SignInAsync(email);
        var page = await client.GetPageAsync("/account/manage");
        var form = page.QuerySelector("[data-testid='account-logout']")!.Closest("form").ShouldNotBeNull();
        form.GetAttribute("action").ShouldBe("/account/logout");
        form.GetAttribute("method").ShouldBe("post");

        var response = await client.SubmitAsync("/account/manage", "logout");

        response.RedirectTarget().ShouldBe("/");
        var home = await client.GetPageAsync("/");
        home.Has("nav-login").ShouldBeTrue();
        home.Has("account-menu").ShouldBeFalse();
        (await client.Http.GetAsync("/account/manage")).StatusCode.ShouldBe(HttpStatusCode.Found);
    }

    [Fact]
    public async Task The_confirmation_page_signs_out_too()
    {
        var email = TestAccounts.NewEmail("gil");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var response = await client.SubmitAsync("/account/logout", "logout");

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        (await client.GetPageAsync("/")).Has("nav-login").ShouldBeTrue();
    }

    [Fact]
    public async Task A_sign_out_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        var email = TestAccounts.NewEmail("hugo");
        await app.CreateAccountAsync(email, "Hugo");
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var response = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("_handler", "logout")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetPageAsync("/")).TextOf("account-menu").ShouldContain("Hugo");
    }

    [Fact]
    public async Task Opening_the_sign_out_page_asks_for_confirmation()
    {
        var email = TestAccounts.NewEmail("ines");
        await app.CreateAccountAsync(email, "Inés");
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var page = await client.GetPageAsync("/account/logout");

        page.Has("logout-submit").ShouldBeTrue();
        page.TextOf("logout-page").ShouldContain("You are signed in as Inés");
        (await FormClient.For(app).GetPageAsync("/account/logout")).Has("logout-done").ShouldBeTrue();
    }
}
