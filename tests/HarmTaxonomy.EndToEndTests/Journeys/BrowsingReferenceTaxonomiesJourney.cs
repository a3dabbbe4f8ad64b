using System.Text.RegularExpressions;
using HarmTaxonomy.EndToEndTests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

public sealed partial class BrowsingReferenceTaxonomiesJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_visitor_switches_to_Spanish_and_opens_a_taxonomy_tree()
    {
        var page = await App.NewPageAsync();

        await page.OpenAsync("/");
        await Expect(page.GetByTestId("home-title")).ToHaveTextAsync("Harm taxonomies, built by the people they are about");
        // Every journey leads somewhere now: participating, facilitating, curating and researching.
        await Expect(page.Locator("[data-testid^='journey-'][data-testid$='-open']")).ToHaveCountAsync(4);
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("language-switcher").Locator("button").First.ClickAsync();
        await page.GetByTestId("language-es").ClickAsync();
        // The switch is a full page load through /culture/set: wait for the new page, not the old one's marker.
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("home-title")).ToHaveTextAsync("Taxonomías de daños, construidas por quienes los viven");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("journey-research-open").ClickAsync();
        await Expect(page.GetByTestId("catalogue-title")).ToHaveTextAsync("Taxonomías de referencia");
        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(15);
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("taxonomy-link-mlcommons-ailuminate-v1.0").ClickAsync();
        await Expect(page.GetByTestId("taxonomy-title")).ToHaveTextAsync("MLCommons AILuminate v1.0");
        var violentCrimes = page.GetByTestId("category-vcr");
        await Expect(violentCrimes).Not.ToBeVisibleAsync();
        await page.GetByTestId("category-physical").Locator(".mud-treeview-item-content").First.ClickAsync();
        await Expect(violentCrimes).ToBeVisibleAsync();
        await Expect(violentCrimes).ToContainTextAsync("Violent Crimes");
        await page.ShouldHaveNoSeriousViolationsAsync();

        var screenshot = await page.SaveScreenshotAsync("taxonomy-tree-es");
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task The_chosen_theme_is_remembered_across_visits()
    {
        var page = await App.NewPageAsync();
        await page.OpenAsync("/taxonomies");
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to dark theme");

        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Luminance(background).ShouldBeLessThan(0.35, $"the page background ({background}) should be dark");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("catalogue-dark");
    }

    [Fact]
    public async Task Searching_the_catalogue_narrows_the_table()
    {
        var page = await App.NewPageAsync();
        await page.OpenAsync("/taxonomies");
        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(15);
        await page.SaveScreenshotAsync("catalogue");

        await page.GetByTestId("catalogue-search").FillAsync("llama");

        await Expect(page.GetByTestId("catalogue-table").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByTestId("catalogue-search").FillAsync("no taxonomy is called this");
        await Expect(page.GetByTestId("catalogue-no-match")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_catalogue_and_a_tree_are_usable_without_the_menu_in_the_way()
    {
        var page = await App.NewPageAsync(width: 390, height: 844);
        await page.OpenAsync("/taxonomies");

        await Expect(page.GetByTestId("catalogue-title")).ToBeInViewportAsync();
        await page.GetByTestId("taxonomy-link-llama-guard-3").ClickAsync();
        await Expect(page.GetByTestId("taxonomy-title")).ToHaveTextAsync("Llama Guard 3");
        await Expect(page.GetByTestId("category-S10")).ToContainTextAsync("Hate");

        await page.GetByTestId("nav-toggle").ClickAsync();
        await page.GetByTestId("nav-home").ClickAsync();
        await Expect(page.GetByTestId("home-title")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("home-phone");
    }

    private static double Luminance(string rgb)
    {
        var parts = RgbPattern().Matches(rgb).Select(match => double.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex RgbPattern();
}
