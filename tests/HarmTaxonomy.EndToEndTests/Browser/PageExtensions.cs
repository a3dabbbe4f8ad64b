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

    /// <summary>
    /// Opens a statically rendered page (the account pages): it never becomes interactive, its forms post back, so
    /// there is nothing to wait for beyond the load.
    /// </summary>
    public static async Task OpenStaticAsync(this IPage page, string path) => await page.GotoAsync(path);

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.GetByTestId("interactive-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Saves a full-page screenshot under the test output folder (screenshots/NAME.png) and returns its path.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
