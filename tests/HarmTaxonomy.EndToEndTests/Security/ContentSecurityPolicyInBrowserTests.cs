using HarmTaxonomy.EndToEndTests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Security;

/// <summary>
/// The content security policy as Chromium applies it: strict enough to refuse inline script, loose enough for the
/// Blazor circuit's WebSocket and its reconnect dialog. The journeys check every page they visit for violations.
/// </summary>
public sealed class ContentSecurityPolicyInBrowserTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_circuit_runs_over_a_same_origin_WebSocket()
    {
        var page = await App.NewPageAsync();

        var circuit = await page.RunAndWaitForWebSocketAsync(
            () => page.OpenAsync("/taxonomies"),
            new PageRunAndWaitForWebSocketOptions { Predicate = socket => socket.Url.Contains("/_blazor", StringComparison.Ordinal) });

        new Uri(circuit.Url).Authority.ShouldBe(App.BaseAddress.Authority);
        circuit.Url.ShouldStartWith("ws://");
        circuit.IsClosed.ShouldBeFalse();
        await page.GetByTestId("catalogue-search").FillAsync("llama");
        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task An_inline_script_is_refused_and_reported()
    {
        var page = await App.NewPageAsync();
        await page.OpenAsync("/");

        await page.EvaluateAsync(
            "() => { const script = document.createElement('script'); script.textContent = 'window.inlineRan = true'; document.body.append(script); }");

        (await page.EvaluateAsync<bool>("() => window.inlineRan === true")).ShouldBeFalse();
        var violations = await ContentSecurityViolations.TakeAsync(page);
        violations.ShouldContain(violation => violation.StartsWith("event: script-src-elem refused inline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reconnect_dialog_shows_and_the_circuit_resumes()
    {
        var page = await App.NewPageAsync();
        await page.OpenAsync("/taxonomies");
        await page.GetByTestId("catalogue-search").FillAsync("llama");
        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(3);

        // Offline first, so that the immediate rejoin attempts fail and the dialog stays up long enough to be seen.
        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        // The dialog lives in the shadow root of Blazor's host element; Playwright's CSS locators pierce it.
        var dialog = page.Locator("#components-reconnect-modal .components-reconnect-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await page.Context.SetOfflineAsync(false);
        // Once the first quick attempts have failed, Blazor waits five seconds between attempts.
        await Expect(dialog).Not.ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });

        await page.GetByTestId("catalogue-search").FillAsync("shieldgemma");
        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(2);
    }
}
