using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

[Collection(AccountTests.Name)]
public sealed class DenyingAccessTests(AccountsApp app)
{
    [Theory]
    [InlineData("/account/manage")]
    [InlineData("/account/manage/change-password")]
    [InlineData("/account/manage/delete")]
    public async Task Account_management_pages_send_anonymous_visitors_to_sign_in(string path)
    {
        var response = await FormClient.For(app).Http.GetAsync(path);

        response.RedirectTarget().ShouldBe($"/account/login?ReturnUrl={Uri.EscapeDataString(path)}");
    }

    [Theory]
    [InlineData("/account/register")]
    [InlineData("/account/login")]
    [InlineData("/account/logout")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password")]
    [InlineData("/account/access-denied")]
    public async Task Public_account_pages_open_without_signing_in(string path)
    {
        (await FormClient.For(app).Http.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_access_denied_page_says_what_to_do_next()
    {
        var email = TestAccounts.NewEmail("ada");
        await app.CreateAccountAsync(email);
        var client = FormClient.For(app);
        await client.SignInAsync(email);

        var page = await client.GetPageAsync("/account/access-denied?ReturnUrl=%2Fno-such-page");

        page.TextOf("access-denied-roles").ShouldBe("Your account does not have permission to open that page.");
        page.QuerySelector("[data-testid='access-denied-home']")!.GetAttribute("href").ShouldBe("/");
        page.QuerySelector("[data-testid='access-denied-profile']")!.GetAttribute("href").ShouldBe("/account/manage");
        page.QuerySelector("[data-testid='access-denied-login']")!.GetAttribute("href").ShouldBe("/account/login?ReturnUrl=%2Fno-such-page");
    }
}
