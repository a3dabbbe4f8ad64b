using System.Net;
using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.WebUtilities;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class ResettingPasswordTests(AccountsApp app)
{
    private const string NewPassword = "a brand new password";

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_that_signs_in()
    {
        var email = TestAccounts.NewEmail("jon");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);

        var sent = await FormClient.ParseAsync(await client.SubmitAsync("/account/forgot-password", "forgot-password", ("Input.Email", email)));
        sent.TextOf("forgot-sent").ShouldStartWith("If an account exists for that email, we have sent it a link");

        var link = new Uri(app.Emails.ResetLinksTo(email).ShouldHaveSingleItem());
        link.AbsolutePath.ShouldBe("/account/reset-password");
        var query = QueryHelpers.ParseQuery(link.Query);
        query["email"].ToString().ShouldBe(email);
        query["code"].ToString().ShouldMatch("^[A-Za-z0-9_-]+$", "Base64Url, nothing a query string or mail client would mangle");
        var reset = await client.SubmitAsync(link.PathAndQuery, "reset-password", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FormClient.ParseAsync(reset)).Has("reset-done").ShouldBeTrue();
        await FormClient.For(app).SignInAsync(email, NewPassword);
        var oldPassword = await FormClient.For(app).SubmitAsync("/account/login", "login", ("Input.Email", email), ("Input.Password", TestAccounts.Password));
        oldPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_no_mail()
    {
        var email = TestAccounts.NewEmail("ghost");

        var page = await FormClient.ParseAsync(await FormClient.For(app).SubmitAsync("/account/forgot-password", "forgot-password", ("Input.Email", email)));

        page.TextOf("forgot-sent").ShouldStartWith("If an account exists for that email, we have sent it a link");
        app.Emails.ResetLinksTo(email).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_link_is_good_for_one_reset_only()
    {
        var email = TestAccounts.NewEmail("kim");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SubmitAsync("/account/forgot-password", "forgot-password", ("Input.Email", email));
        var link = new Uri(app.Emails.ResetLinksTo(email).ShouldHaveSingleItem()).PathAndQuery;
        await client.SubmitAsync(link, "reset-password", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));

        var again = await FormClient.ParseAsync(await client.SubmitAsync(link, "reset-password", ("Input.Password", "yet another password"), ("Input.ConfirmPassword", "yet another password")));

        again.Has("reset-invalid").ShouldBeTrue();
        await FormClient.For(app).SignInAsync(email, NewPassword);
    }

    [Fact]
    public async Task A_mangled_link_says_so_and_offers_a_new_one()
    {
        var page = await FormClient.For(app).GetPageAsync("/account/reset-password?code=%%%&email=someone%40example.org");

        page.Has("reset-invalid").ShouldBeTrue();
        page.Has("reset-password").ShouldBeFalse();
        page.QuerySelector("[data-testid='reset-new-link']")!.GetAttribute("href").ShouldBe("/account/forgot-password");
    }

    [Fact]
    public async Task A_short_new_password_is_refused_next_to_the_field()
    {
        var email = TestAccounts.NewEmail("lola");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SubmitAsync("/account/forgot-password", "forgot-password", ("Input.Email", email));
        var link = new Uri(app.Emails.ResetLinksTo(email).ShouldHaveSingleItem()).PathAndQuery;

        var page = await FormClient.ParseAsync(await client.SubmitAsync(link, "reset-password", ("Input.Password", "short"), ("Input.ConfirmPassword", "short")));

        page.FieldMessage("reset-password").ShouldBe("Use at least 10 characters.");
    }

    [Fact]
    public async Task Resetting_the_password_lifts_a_lockout()
    {
        var email = TestAccounts.NewEmail("max");
        await app.CreateAccountAsync(email);
        await app.UpdateAccountAsync(email, user => user.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(15));
        var client = FormClient.For(app);
        await client.SubmitAsync("/account/forgot-password", "forgot-password", ("Input.Email", email));
        var link = new Uri(app.Emails.ResetLinksTo(email).ShouldHaveSingleItem()).PathAndQuery;

        await client.SubmitAsync(link, "reset-password", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));

        await FormClient.For(app).SignInAsync(email, NewPassword);
    }
}
