using System.Net;
using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class RegisteringTests(AccountsApp app)
{
    [Fact]
    public async Task Registering_creates_a_signed_in_participant_and_records_the_grant()
    {
        var client = FormClient.For(app);
        var email = TestAccounts.NewEmail("ana");

        var response = await RegisterAsync(client, email, "Ana", "correct horse battery staple", returnUrl: "/taxonomies");

        response.RedirectTarget().ShouldBe("/taxonomies");
        response.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith("ht-auth=", StringComparison.Ordinal));

        var user = (await app.FindAccountAsync(email)).ShouldNotBeNull();
        user.DisplayName.ShouldBe("Ana");
        user.PreferredLanguage.ShouldBe("en");
        user.CreatedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        (await app.RolesOfAsync(user)).ShouldBe([Roles.Participant]);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var granted = (await session.Events.FetchStreamAsync(user.Id)).Select(e => e.Data).OfType<UserRoleGranted>().ShouldHaveSingleItem();
        granted.Role.ShouldBe(Roles.Participant);
        granted.GrantedBy.ShouldBe(user.Id.ToString());

        var home = await client.GetPageAsync("/");
        home.TextOf("account-menu").ShouldContain("Ana");
    }

    [Fact]
    public async Task The_registration_follow_up_runs_for_the_new_account_with_the_request()
    {
        var email = TestAccounts.NewEmail("guest");

        (await RegisterAsync(FormClient.For(app), email, "Former guest", "correct horse battery staple")).StatusCode.ShouldBe(HttpStatusCode.Found);

        var user = (await app.FindAccountAsync(email)).ShouldNotBeNull();
        app.FollowUps.Calls.ShouldContainKey(user.Id);
        app.FollowUps.Calls[user.Id].ShouldBe(FormClient.UserAgent);
    }

    [Fact]
    public async Task A_short_password_is_refused_next_to_the_field_and_the_rest_is_kept()
    {
        var client = FormClient.For(app);
        var email = TestAccounts.NewEmail("short");

        var response = await RegisterAsync(client, email, "Señora Ñandú", "too short");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await FormClient.ParseAsync(response);
        page.FieldMessage("register-password").ShouldBe("Use at least 10 characters.");
        page.InputValue("register-email").ShouldBe(email);
        page.InputValue("register-display-name").ShouldBe("Señora Ñandú");
        page.InputValue("register-password").ShouldBeNull();
        page.InputValue("register-confirm-password").ShouldBeNull();
        (await app.FindAccountAsync(email)).ShouldBeNull();
    }

    [Fact]
    public async Task Missing_fields_a_bad_email_and_a_mismatched_confirmation_each_get_their_own_message()
    {
        var response = await FormClient.For(app).SubmitAsync(
            "/account/register", "register",
            ("Input.Email", "not an email"),
            ("Input.DisplayName", new string('x', AppUser.DisplayNameMaxLength + 1)),
            ("Input.Password", "correct horse battery staple"),
            ("Input.ConfirmPassword", "correct horse battery"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await FormClient.ParseAsync(response);
        page.FieldMessage("register-email").ShouldBe("This does not look like an email address.");
        page.FieldMessage("register-display-name").ShouldBe("Use at most 60 characters.");
        page.FieldMessage("register-confirm-password").ShouldBe("The two passwords are not the same.");
    }

    [Fact]
    public async Task An_email_already_registered_is_refused_next_to_the_email()
    {
        var email = TestAccounts.NewEmail("taken");
        await app.CreateAccountAsync(email);

        var response = await RegisterAsync(FormClient.For(app), email.ToUpperInvariant(), "Copycat", "correct horse battery staple");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FormClient.ParseAsync(response)).FieldMessage("register-email").ShouldStartWith("There is already an account with this email.");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var response = await RegisterAsync(FormClient.For(app), TestAccounts.NewEmail("offsite"), "Offsite", "correct horse battery staple", returnUrl: "//evil.example/");

        response.RedirectTarget().ShouldBe("/");
    }

    [Fact]
    public async Task Registering_in_Spanish_makes_Spanish_the_preferred_language_and_speaks_it()
    {
        var client = FormClient.For(app);
        (await client.Http.GetAsync("/culture/set?culture=es&redirectUri=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var email = TestAccounts.NewEmail("lucia");

        var refused = await FormClient.ParseAsync(await RegisterAsync(client, email, "Lucía", "corta"));
        refused.FieldMessage("register-password").ShouldBe("Usa al menos 10 caracteres.");
        (await RegisterAsync(client, email, "Lucía", "caballo correcto grapa batería")).StatusCode.ShouldBe(HttpStatusCode.Found);

        (await app.FindAccountAsync(email)).ShouldNotBeNull().PreferredLanguage.ShouldBe("es");
    }

    private static Task<HttpResponseMessage> RegisterAsync(FormClient client, string email, string displayName, string password, string? returnUrl = null) =>
        client.SubmitAsync(
            returnUrl is null ? "/account/register" : $"/account/register?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            "register",
            ("Input.Email", email),
            ("Input.DisplayName", displayName),
            ("Input.Password", password),
            ("Input.ConfirmPassword", password));
}
