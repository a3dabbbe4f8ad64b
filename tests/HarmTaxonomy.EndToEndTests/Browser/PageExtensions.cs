using Microsoft.Playwright;

namespace HarmTaxonomy.EndToEndTests.Browser;

public static class PageExtensions
{
    /// <summary>
    /// Opens a path and waits until the Blazor circuit is interactive: clicks before that are lost.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the Blazor circuit is interactive, then checks that nothing broke the content security policy.</summary>
    public static async Task WaitForInteractiveAsync(this IPage page)
    {
        await page.GetByTestId("interactive-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.ShouldHaveNoContentSecurityViolationsAsync();
    }

    /// <summary>
    /// Fails on any content security policy violation the page has reported so far. The shared steps here and in
    /// <see cref="Accessibility"/> call it, and <see cref="BrowserTest"/> once more after each test.
    /// </summary>
    public static Task ShouldHaveNoContentSecurityViolationsAsync(this IPage page) =>
        ContentSecurityViolations.ShouldHaveNoneAsync(page);

    /// <summary>
    /// Opens a statically rendered page (the account pages): it never becomes interactive, its forms post back, so
    /// there is nothing to wait for beyond the load; the content security policy is still checked.
    /// </summary>
    public static async Task OpenStaticAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.ShouldHaveNoContentSecurityViolationsAsync();
    }

    /// <summary>
    /// Waits for a navigation to <paramref name="urlGlob"/>. Blazor navigates within the page (history API), where
    /// waiting for a "load" event as well timed out now and then with the address already right; the steps after
    /// this wait for what they need on the page, so arriving at the address is enough. When it never comes, the
    /// failure says where the page is instead and what it shows, and keeps a screenshot (screenshots/stuck-*.png).
    /// </summary>
    public static async Task WaitForUrlOrExplainAsync(this IPage page, string urlGlob)
    {
        try
        {
            await page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException timeout)
        {
            var shows = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            var screenshot = Path.Combine(folder, $"stuck-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true, Timeout = 5_000 });
            throw new Xunit.Sdk.XunitException(
                $"Expected to reach {urlGlob}, but the page stayed at {page.Url} (screenshot {screenshot}). It shows:\n" +
                (shows.Length > 1_500 ? shows[..1_500] + "…" : shows) + $"\n{timeout.Message}");
        }
    }

    /// <summary>Saves a full-page screenshot under the test output folder (screenshots/NAME.png) and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        await page.ShouldHaveNoContentSecurityViolationsAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Signs in through the sign-in form and waits until the next page's circuit is interactive.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string displayName)
    {
        await page.OpenStaticAsync("/account/login");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-menu")).ToContainTextAsync(displayName);
        await page.WaitForInteractiveAsync();
    }
}
