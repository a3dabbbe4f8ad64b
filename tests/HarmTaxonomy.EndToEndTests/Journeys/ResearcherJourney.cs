using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

/// <summary>
/// A researcher, never signed in, finds a community taxonomy in the catalogue, searches its latest version, reads it
/// in Spanish, opens a category, compares two releases and downloads the bundle.
/// </summary>
public sealed class ResearcherJourney(BrowserApp app) : BrowserTest(app)
{
    private const string Slug = "researcher-journey";

    [Fact]
    public async Task An_anonymous_researcher_finds_a_category_switches_language_diffs_two_versions_and_downloads_the_bundle()
    {
        await PublishTwoVersionsAsync();
        var page = await App.NewPageAsync();

        // The catalogue: community taxonomies with a release come first.
        await page.OpenAsync("/taxonomies");
        await Expect(page.GetByTestId("catalogue-community-row")).ToHaveCountAsync(1);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.GetByTestId($"catalogue-community-link-{Slug}").ClickAsync();

        // The taxonomy page: its releases and how to cite the latest.
        await Expect(page.GetByTestId("taxonomy-title")).ToHaveTextAsync("Harms researchers read");
        await Expect(page.GetByTestId("citation-text")).ToContainTextAsync("(Version 1.1.0) [Data set]");
        await Expect(page.GetByTestId("taxonomy-version-link-1.0.0")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("research-taxonomy");

        // The version page: search a category, then read the tree in Spanish.
        await page.GetByTestId("taxonomy-open-latest").ClickAsync();
        await Expect(page.GetByTestId("version-title")).ToContainTextAsync("1.1.0");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("version-search").FillAsync("dehumanise");
        await Expect(page.GetByTestId("version-category-link")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("version-category-link").Nth(1)).ToContainTextAsync("Slurs");
        await page.ShouldHaveNoSeriousViolationsAsync();

        await page.GetByTestId("version-search").FillAsync("");
        await Expect(page.GetByTestId("version-category-link")).ToHaveCountAsync(3);
        await page.GetByTestId("version-language").ClickAsync();
        await page.GetByTestId("version-language-es").ClickAsync();
        await Expect(page.GetByTestId("version-category-link").First).ToContainTextAsync("Odio");
        // Harassment has no Spanish label: it shows in English, marked as such.
        await Expect(page.GetByTestId("version-fallback")).ToHaveCountAsync(2);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("research-version");

        // The category page, at the address that is also its SKOS concept URI.
        await page.GetByTestId("version-category-link").First.ClickAsync();
        await Expect(page.GetByTestId("category-title")).ToContainTextAsync("Hate");
        await Expect(page.GetByTestId("category-label-es")).ToContainTextAsync("Odio");
        await Expect(page.GetByTestId("category-provenance")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("category-history").GetByTestId("category-history-step")).ToHaveCountAsync(2);
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("research-category");

        // The diff between the two releases, with the migration map to download.
        await page.OpenAsync($"/taxonomies/{Slug}");
        await page.GetByTestId("taxonomy-compare").ClickAsync();
        await Expect(page.GetByTestId("diff-group-added")).ToContainTextAsync("Doxxing");
        await Expect(page.GetByTestId("download-migration-csv"))
            .ToHaveAttributeAsync("href", $"/api/v1/taxonomies/{Slug}/migration-map.csv?from=1.0.0&to=1.1.0");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("research-diff");

        // The bundle: a zip file, named for the release.
        await page.OpenAsync($"/taxonomies/{Slug}/versions/1.1.0");
        await Expect(page.GetByTestId("download-zip")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-zip").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".zip");
        var path = await download.PathAsync();
        var head = new byte[4];
        await using (var file = File.OpenRead(path))
        {
            (await file.ReadAsync(head)).ShouldBe(4);
        }

        head.ShouldBe(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "a zip file starts with PK\\x03\\x04");
    }

    /// <summary>Two releases through the app's own write path: 1.0.0 with Hate (in Spanish too), Slurs and Harassment; 1.1.0 adds Doxxing.</summary>
    private async Task PublishTwoVersionsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var seed = new Actor("seed", "Research seed");
        var taxonomyId = Guid.CreateVersion7();
        await writer.CreateAsync(new CreateTaxonomy(taxonomyId, Slug, "Harms researchers read", "Published for the **researcher** journey.", "CC-BY-4.0", ["en", "es"]), seed, CancellationToken.None);

        var hate = Guid.CreateVersion7();
        await RunAsync(new AddCategory(hate, "en", "Hate", "Attacks on people for who they are.", null, [Modality.Text]));
        await RunAsync(new WriteCategoryText(hate, "es", "Odio", "Ataques a personas por quiénes son.", null));
        await RunAsync(new AddCategory(Guid.CreateVersion7(), "en", "Slurs", "Insults that dehumanise.", hate, [Modality.Text]));
        await RunAsync(new AddCategory(Guid.CreateVersion7(), "en", "Harassment", "Targeted abuse of a person.", null, [Modality.Text]));
        await RunAsync(new PublishVersion("1.0.0", null, "First release."));
        await RunAsync(new AddCategory(Guid.CreateVersion7(), "en", "Doxxing", "Publishing someone's private details.", null, [Modality.Text]));
        await RunAsync(new PublishVersion("1.1.0", "Adds **Doxxing**."));

        Task RunAsync(ITaxonomyCommand command) => writer.ExecuteAsync(taxonomyId, null, command, seed, CancellationToken.None);
    }
}
