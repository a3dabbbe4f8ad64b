using System.Text.RegularExpressions;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

public sealed partial class AccountJourney(BrowserApp app) : BrowserTest(app)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_visitor_registers_signs_out_signs_in_again_and_renames_themselves()
    {
        var page = await App.NewPageAsync();
        var email = TestAccounts.NewEmail("journey");

        await page.OpenAsync("/");
        await page.GetByTestId("nav-register").ClickAsync();
        await Expect(page.GetByTestId("register-page-title")).ToHaveTextAsync("Create an account");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("register-email").FillAsync(email);
        await page.GetByTestId("register-display-name").FillAsync("Marta");
        await page.GetByTestId("register-password").FillAsync("too short");
        await page.GetByTestId("register-confirm-password").FillAsync("too short");
        await page.GetByTestId("register-submit").ClickAsync();
        await Expect(page.GetByTestId("register-password-message")).ToHaveTextAsync("Use at least 10 characters.");
        await Expect(page.GetByTestId("register-email")).ToHaveValueAsync(email);
        await Expect(page.GetByTestId("register-password")).ToHaveValueAsync("");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("register-error");

        await page.GetByTestId("register-password").FillAsync(Password);
        await page.GetByTestId("register-confirm-password").FillAsync(Password);
        await page.GetByTestId("register-submit").ClickAsync();
        await page.WaitForURLAsync(HomePage());
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Marta");
        await Expect(page.GetByTestId("nav-login")).ToHaveCountAsync(0);

        await page.GetByTestId("account-menu").ClickAsync();
        await page.GetByTestId("account-logout").ClickAsync();
        await page.WaitForURLAsync(HomePage());
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("nav-login")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-menu")).ToHaveCountAsync(0);

        await page.GetByTestId("nav-login").ClickAsync();
        await Expect(page.GetByTestId("login-page-title")).ToHaveTextAsync("Sign in");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(HomePage());
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Marta");

        await page.GetByTestId("account-menu").ClickAsync();
        await page.GetByTestId("account-profile").ClickAsync();
        await Expect(page.GetByTestId("profile-page-title")).ToHaveTextAsync("Your profile");
        await Expect(page.GetByTestId("profile-display-name")).ToHaveValueAsync("Marta");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("profile-display-name").FillAsync("Marta G.");
        await page.GetByTestId("profile-communities").FillAsync("Rural teachers");
        await page.GetByTestId("profile-submit").ClickAsync();
        await Expect(page.GetByTestId("profile-communities-message")).ToContainTextAsync("tick the consent box");
        await page.GetByTestId("profile-consent").CheckAsync();
        await page.GetByTestId("profile-submit").ClickAsync();
        await Expect(page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Marta G.");
        await Expect(page.GetByTestId("profile-consent")).ToBeCheckedAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("profile-saved");

        await page.GetByTestId("brand").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("account-menu")).ToContainTextAsync("Marta G.");
    }

    [Fact]
    public async Task The_account_pages_fit_a_phone_and_speak_Spanish()
    {
        var page = await App.NewPageAsync(width: 390, height: 844);
        await page.OpenStaticAsync("/account/login");
        await Expect(page.GetByTestId("login-page-title")).ToHaveTextAsync("Sign in");

        await page.GetByTestId("language-es").ClickAsync();
        await Expect(page.GetByTestId("login-page-title")).ToHaveTextAsync("Iniciar sesión");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByTestId("login-email")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("login-submit")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse("the sign-in page should not scroll sideways on a phone");
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("login-email-message")).ToHaveTextAsync("Escribe tu dirección de correo electrónico.");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("login-phone-es");
    }

    private static Regex HomePage() => HomePattern();

    [GeneratedRegex(@"^https?://[^/]+/$")]
    private static partial Regex HomePattern();
}
