using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

public sealed class ReadingApiReferenceJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_developer_reads_the_API_reference_served_by_the_app_alone()
    {
        var page = await App.NewPageAsync();
        var errors = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(App.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync(ApiReference.PagePath);

        await Expect(page.GetByText("HarmTaxonomy API").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        var sidebar = page.GetByRole(AriaRole.Complementary);
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Who the token speaks for" })).ToBeVisibleAsync();
        await sidebar.GetByRole(AriaRole.Button, new() { Name = "Open Group - Research" }).ClickAsync();
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Search categories of published versions" })).ToBeVisibleAsync();
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Crosswalk a version against a reference taxonomy" })).ToBeVisibleAsync();
        await sidebar.GetByRole(AriaRole.Button, new() { Name = "Open Group - Taxonomies" }).ClickAsync();
        await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Publish the draft as a version" })).ToBeVisibleAsync();
        // Scalar's validation library probes for eval (Function("") in a try) and runs without it when refused: the
        // page keeps the app's policy of no eval, and the probe's refusal is the one report it may leave.
        var violations = await ContentSecurityViolations.TakeAsync(page);
        violations.ShouldAllBe(violation => IsEvalProbe(violation));
        errors.Where(error => !IsEvalProbe(error)).ShouldBeEmpty();
        elsewhere.ShouldBeEmpty();
        await page.SaveScreenshotAsync("api-reference");
    }

    private static bool IsEvalProbe(string report) =>
        report.Contains("eval", StringComparison.OrdinalIgnoreCase) && !report.Contains("inline", StringComparison.Ordinal);
}
