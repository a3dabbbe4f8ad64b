using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class ChangingPasswordTests(AccountsApp app)
{
    private const string NewPassword = "another long password";

    [Fact]
    public async Task The_new_password_signs_in_and_the_old_one_no_longer_does()
    {
        var email = TestAccounts.NewEmail("ulises");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var response = await ChangeAsync(client, TestAccounts.Password, NewPassword, NewPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await FormClient.ParseAsync(response);
        page.Has("change-done").ShouldBeTrue();
        page.Has("account-menu").ShouldBeTrue();
        (await client.GetPageAsync("/account/manage")).Has("profile-page").ShouldBeTrue();
        await FormClient.For(app).SignInAsync(email, NewPassword);
        var old = await FormClient.For(app).SubmitAsync("/account/login", "login", ("Input.Email", email), ("Input.Password", TestAccounts.Password));
        old.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_next_to_it()
    {
        var email = TestAccounts.NewEmail("vera");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var page = await FormClient.ParseAsync(await ChangeAsync(client, "not my password", NewPassword, NewPassword));

        page.FieldMessage("change-current").ShouldBe("That is not your current password.");
        page.Has("change-done").ShouldBeFalse();
        await FormClient.For(app).SignInAsync(email);
    }

    [Fact]
    public async Task A_short_or_unconfirmed_new_password_is_refused_next_to_the_fields()
    {
        var email = TestAccounts.NewEmail("wally");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var page = await FormClient.ParseAsync(await ChangeAsync(client, TestAccounts.Password, "short", "different"));

        page.FieldMessage("change-new").ShouldBe("Use at least 10 characters.");
        page.FieldMessage("change-confirm").ShouldBe("The two passwords are not the same.");
    }

    private static Task<HttpResponseMessage> ChangeAsync(FormClient client, string current, string next, string confirm) =>
        client.SubmitAsync(
            "/account/manage/change-password", "change-password",
            ("Input.CurrentPassword", current), ("Input.NewPassword", next), ("Input.ConfirmPassword", confirm));
}
