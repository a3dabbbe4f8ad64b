using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class SigningInTests(AccountsApp app)
{
    private const string Generic = "The email or the password is wrong.";

    [Fact]
    public async Task Signing_in_goes_to_the_local_return_url_with_the_display_name_in_the_app_bar()
    {
        var email = TestAccounts.NewEmail("bea");
        await app.CreateAccountAsync(email, "Bea");
        var client = FormClient.For(app);

        var response = await LoginAsync(client, email, TestAccounts.Password, "/taxonomies");

        response.RedirectTarget().ShouldBe("/taxonomies");
        (await client.GetPageAsync("/taxonomies")).TextOf("account-menu").ShouldContain("Bea");
    }

    [Fact]
    public async Task A_return_url_to_another_site_sends_home_instead()
    {
        var email = TestAccounts.NewEmail("carla");
        await app.CreateAccountAsync(email);

        var response = await LoginAsync(FormClient.For(app), email, TestAccounts.Password, "https://evil.example/");

        response.RedirectTarget().ShouldBe("/");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_generic_error()
    {
        var email = TestAccounts.NewEmail("dora");
        await app.CreateAccountAsync(email);

        var wrongPassword = await LoginAsync(FormClient.For(app), email, "not the password at all");
        var unknownEmail = await LoginAsync(FormClient.For(app), TestAccounts.NewEmail("nobody"), "not the password at all");

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknownEmail.StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await FormClient.ParseAsync(wrongPassword);
        first.TextOf("login-error").ShouldBe(Generic);
        first.InputValue("login-email").ShouldBe(email);
        first.InputValue("login-password").ShouldBeNull();
        (await FormClient.ParseAsync(unknownEmail)).TextOf("login-error").ShouldBe(Generic);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = TestAccounts.NewEmail("eva");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await FormClient.ParseAsync(await LoginAsync(client, email, $"wrong password {attempt}"))).TextOf("login-error").ShouldBe(Generic);
        }

        var fifth = await FormClient.ParseAsync(await LoginAsync(client, email, "wrong password 5"));
        fifth.TextOf("login-error").ShouldContain("this account is locked for up to 15 minutes");

        var rightPassword = await LoginAsync(client, email, TestAccounts.Password);
        rightPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FormClient.ParseAsync(rightPassword)).TextOf("login-error").ShouldContain("locked");
    }

    [Fact]
    public async Task Signing_in_switches_to_the_preferred_language()
    {
        var email = TestAccounts.NewEmail("pilar");
        await app.CreateAccountAsync(email, "Pilar");
        await app.UpdateAccountAsync(email, user => user.PreferredLanguage = "es");
        var client = FormClient.For(app);

        await client.SignInAsync(email);

        (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang").ShouldBe("es");
    }

    [Fact]
    public async Task Empty_fields_are_refused_next_to_each_field()
    {
        var page = await FormClient.ParseAsync(await LoginAsync(FormClient.For(app), "", ""));

        page.FieldMessage("login-email").ShouldBe("Type your email address.");
        page.FieldMessage("login-password").ShouldBe("Type your password.");
        page.Has("login-error").ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> LoginAsync(FormClient client, string email, string password, string? returnUrl = null) =>
        client.SubmitAsync(
            returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            "login",
            ("Input.Email", email),
            ("Input.Password", password));
}
