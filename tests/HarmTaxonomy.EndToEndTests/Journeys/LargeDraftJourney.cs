using System.Diagnostics;
using System.Globalization;
using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

/// <summary>
/// The editor on a draft of 5,000 categories in 4 levels: it renders only what is expanded, caps search results and
/// still moves a category. The timings are written to the test output (docs/benchmarks.md quotes them); the test
/// asserts behaviour only, never a duration.
/// </summary>
public sealed class LargeDraftJourney(BrowserApp app, ITestOutputHelper output) : BrowserTest(app)
{
    // 10 + 100 + 500 group categories, and 4,390 leaves spread over the 500 third-level ones: 5,000 in 4 levels.
    private static readonly int[] FanOut = [10, 10, 5];
    private const int Total = 5_000;

    [Fact]
    public async Task A_curator_works_in_a_draft_of_five_thousand_categories()
    {
        var count = await SeedAsync("five-thousand");
        count.ShouldBe(Total);
        var email = TestAccounts.NewEmail("curator");
        await App.CreateAccountAsync(email, "Cora", TestAccounts.Password, Roles.Curator);
        var page = await App.NewPageAsync();
        await page.SignInAsync(email, TestAccounts.Password, "Cora");

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/curation/five-thousand/draft");
        await page.GetByTestId("draft-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        Report("open the editor", clock);
        await Expect(page.Locator("[data-testid^='tree-node-']")).ToHaveCountAsync(FanOut[0]);

        await page.GetByTestId("tree-node-HT-3").ClickAsync();
        await Expect(page.GetByTestId("category-panel-title")).ToContainTextAsync("HT-3");
        Report("select a category", clock);

        var version = await page.GetByTestId("draft-version").TextContentAsync();
        await page.GetByTestId("category-move-up").ClickAsync();
        await Expect(page.GetByTestId("draft-version")).Not.ToHaveTextAsync(version!);
        Report("move it up (write and reload)", clock);

        await page.GetByTestId("tree-expand-all").ClickAsync();
        await Expect(page.GetByTestId("tree-node-HT-3.1.1")).ToBeVisibleAsync();
        Report("expand all (first levels)", clock);
        await Expect(page.GetByTestId("tree-node-HT-3.1.1.1")).ToHaveCountAsync(0);

        await page.GetByTestId("tree-search").FillAsync("Leaf");
        await Expect(page.GetByTestId("tree-search-count")).ToContainTextAsync("200");
        Report("search", clock);
    }

    private void Report(string step, Stopwatch clock)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step}: {clock.ElapsedMilliseconds} ms"));
        clock.Restart();
    }

    /// <summary>Decides the categories with the real commands against a local draft and appends them in batches: quick, and the same events.</summary>
    private async Task<int> SeedAsync(string slug)
    {
        var actor = new Actor("seed", "Seed");
        var now = DateTimeOffset.UtcNow;
        var created = new CreateTaxonomy(Guid.CreateVersion7(), slug, "Five thousand", "", null, ["en", "es", "fr"]).Decide(actor, now);
        var draft = TaxonomyDraft.Start(created, 1);
        var events = new List<ITaxonomyEvent>();
        var level = new List<Guid?> { null };
        foreach (var fanOut in FanOut)
        {
            level = [.. level.SelectMany(parent => Enumerable.Range(0, fanOut).Select(index => (Guid?)Add(parent, $"Group {index} {Guid.NewGuid():N}"[..30])))];
        }

        for (var leaf = 0; draft.Categories.Count < Total; leaf++)
        {
            Add(level[leaf % level.Count], $"Leaf {leaf} {Guid.NewGuid():N}"[..30]);
        }

        Guid Add(Guid? parent, string label)
        {
            var id = Guid.CreateVersion7();
            foreach (var change in new AddCategory(id, "en", label, new string('d', 300), parent, [Modality.Text]).Decide(draft, actor, now))
            {
                draft.Apply(change, draft.Version + 1);
                events.Add(change);
            }

            return id;
        }

        await TaxonomyStreams.AppendAsync(App.Services.GetRequiredService<IDocumentStore>(), created, events);

        return draft.Categories.Count;
    }
}
