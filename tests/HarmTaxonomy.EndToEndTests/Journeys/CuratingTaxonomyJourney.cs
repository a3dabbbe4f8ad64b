using HarmTaxonomy.EndToEndTests.Browser;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarmTaxonomy.EndToEndTests.Journeys;

public sealed class CuratingTaxonomyJourney(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_curator_builds_translates_maps_publishes_merges_is_refused_a_minor_release_and_reads_the_diff()
    {
        var email = TestAccounts.NewEmail("curator");
        await App.CreateAccountAsync(email, "Cora", TestAccounts.Password, Roles.Curator);
        var page = await App.NewPageAsync();
        await page.SignInAsync(email, TestAccounts.Password, "Cora");

        // Create the taxonomy: the slug follows the title; English first (the source language), then Spanish.
        await page.OpenAsync("/curation");
        await Expect(page.GetByTestId("taxonomies-title")).ToBeVisibleAsync();
        await page.GetByTestId("taxonomy-create").ClickAsync();
        var create = page.GetByRole(AriaRole.Dialog);
        await create.GetByTestId("taxonomy-title").FillAsync("Harms we face");
        await Expect(create.GetByTestId("taxonomy-slug")).ToHaveValueAsync("harms-we-face");
        await create.GetByTestId("taxonomy-languages").FillAsync("en, es");
        await create.GetByTestId("taxonomy-create-submit").ClickAsync();
        await page.WaitForUrlOrExplainAsync("**/curation/harms-we-face/draft");
        await WaitForDraftAsync(page);
        await page.ShouldHaveNoSeriousViolationsAsync();

        // Proposals from sessions are held to the default acceptance rule until the curator publishes the taxonomy's own.
        await Expect(page.GetByTestId("acceptance-rule")).ToHaveTextAsync("Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");
        await page.GetByTestId("edit-acceptance-rule").ClickAsync();
        var rule = page.GetByRole(AriaRole.Dialog);
        await rule.GetByTestId("acceptance-rule-agreement").FillAsync("70");
        await rule.GetByTestId("acceptance-rule-group-size").FillAsync("3");
        await Expect(rule.GetByTestId("acceptance-rule-preview")).ToContainTextAsync("≥ 70 % agreement in every opinion group with ≥ 3 members");
        await rule.GetByTestId("acceptance-rule-save").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("acceptance-rule")).ToHaveTextAsync("Group-informed consensus ≥ 0.4 and ≥ 70 % agreement in every opinion group with ≥ 3 members");
        await Expect(page.GetByTestId("acceptance-rule-default")).ToHaveCountAsync(0);

        // Three levels, and a second top-level category to merge later.
        await AddAsync(page, "category-add-root", "Hate", "Content that attacks people for **who they are**.");
        await AddAsync(page, "category-add-child", "Slurs", "Insults that dehumanise.");
        await AddAsync(page, "category-add-child", "Reclaimed slurs", "In-group use of a slur.");
        await AddAsync(page, "category-add-root", "Harassment", "Targeted abuse of a person.");
        await page.GetByTestId("tree-expand-all").ClickAsync();
        await Expect(page.GetByTestId("tree-node-HT-1.1.1")).ToContainTextAsync("Reclaimed slurs");

        // Translate Hate into Spanish.
        await SelectAsync(page, "HT-1");
        await page.GetByTestId("tab-translations").ClickAsync();
        await Expect(page.GetByTestId("translation-missing-es")).ToBeVisibleAsync();
        await page.GetByTestId("translation-label-es").FillAsync("Odio");
        await page.GetByTestId("translation-save-es").ClickAsync();
        await Expect(page.GetByTestId("translation-missing-es")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("translation-cell-label-es")).ToContainTextAsync("Odio");

        // Map Hate and Harassment to Llama Guard 3.
        await MapAsync(page, "HT-1", "S10");
        await MapAsync(page, "HT-2", "S1");
        await SelectAsync(page, "HT-1");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("curation-editor");

        // Publish 1.0.0 (the suggested first version).
        await PublishAsync(page, version: null);
        await Expect(page.GetByTestId("draft-latest-version")).ToContainTextAsync("1.0.0");

        // Merge Harassment into Hate: the dialog says what will happen first.
        await SelectAsync(page, "HT-2");
        await page.GetByTestId("category-merge").ClickAsync();
        var merge = page.GetByRole(AriaRole.Dialog);
        await merge.GetByTestId("merge-target").FillAsync("Hate");
        await page.GetByTestId("merge-option-HT-1").ClickAsync();
        await PickerClosedAsync(page);
        await merge.GetByTestId("merge-reason").FillAsync("People could not tell them apart");
        await Expect(merge.GetByTestId("merge-preview")).ToContainTextAsync("HT-2");
        await Expect(merge.GetByTestId("merge-preview")).ToContainTextAsync("2.0.0");
        await merge.GetByTestId("merge-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("tree-deprecated-HT-2")).ToBeVisibleAsync();

        // A minor release is refused with the reason and the smallest version allowed; 2.0.0 goes through.
        await page.GetByTestId("draft-publish").ClickAsync();
        var publish = page.GetByRole(AriaRole.Dialog);
        await Expect(publish.GetByTestId("publish-version")).ToHaveValueAsync("2.0.0");
        await publish.GetByTestId("publish-version").FillAsync("1.1.0");
        await publish.GetByTestId("publish-submit").ClickAsync();
        await Expect(publish).ToContainTextAsync("the smallest version allowed is 2.0.0");
        await publish.GetByTestId("publish-version").FillAsync("2.0.0");
        await publish.GetByTestId("publish-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("draft-latest-version")).ToContainTextAsync("2.0.0");

        // The diff between the two releases: the merge, grouped and colour-coded, with the migration map.
        await page.OpenAsync("/curation/harms-we-face/diff?from=1.0.0&to=2.0.0");
        await Expect(page.GetByTestId("diff-group-merged")).ToContainTextAsync("HT-2");
        await Expect(page.GetByTestId("diff-bump")).ToContainTextAsync("major", new() { IgnoreCase = true });
        await Expect(page.GetByTestId("diff-migration")).ToContainTextAsync("HT-1");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("curation-diff");

        await page.OpenAsync("/curation/harms-we-face/versions");
        await Expect(page.GetByTestId("version-row-1.0.0")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("version-row-2.0.0")).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousViolationsAsync();

        // Coverage: Spanish is missing where only Hate was translated; Llama Guard 3's other categories are gaps.
        await page.OpenAsync("/curation/harms-we-face/coverage");
        await Expect(page.GetByTestId("coverage-translation-table")).ToContainTextAsync("es");
        await Expect(page.GetByTestId("coverage-missing-es")).ToContainTextAsync("Slurs");
        await Expect(page.GetByTestId("coverage-crosswalk-table")).ToContainTextAsync("Llama Guard 3");
        await page.ShouldHaveNoSeriousViolationsAsync();
        await page.SaveScreenshotAsync("curation-coverage");

        // Back in the draft, "Move to…" takes a category up a level.
        await page.OpenAsync("/curation/harms-we-face/draft");
        await WaitForDraftAsync(page);
        await page.GetByTestId("tree-expand-all").ClickAsync();
        await SelectAsync(page, "HT-1.1.1");
        await page.GetByTestId("category-move").ClickAsync();
        var move = page.GetByRole(AriaRole.Dialog);
        await move.GetByTestId("move-target").FillAsync("Hate");
        await page.GetByTestId("move-option-HT-1").ClickAsync();
        await PickerClosedAsync(page);
        await move.GetByTestId("move-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("tree-row-HT-1.1.1")).ToHaveAttributeAsync("aria-level", "2");
    }

    /// <summary>A picker's list closes on its own clock; a submit clicked while it is still open can be lost under load.</summary>
    private static async Task PickerClosedAsync(IPage page) =>
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);

    private static async Task WaitForDraftAsync(IPage page) =>
        await page.GetByTestId("draft-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    private static async Task SelectAsync(IPage page, string notation)
    {
        await page.GetByTestId($"tree-node-{notation}").ClickAsync();
        await Expect(page.GetByTestId("category-panel-title")).ToContainTextAsync(notation);
    }

    private static async Task AddAsync(IPage page, string button, string label, string definition)
    {
        await page.GetByTestId(button).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("category-label").FillAsync(label);
        await dialog.GetByTestId("category-definition").FillAsync(definition);
        await dialog.GetByTestId("category-add-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("category-panel-title")).ToContainTextAsync(label);
    }

    private static async Task MapAsync(IPage page, string notation, string code)
    {
        await SelectAsync(page, notation);
        await page.GetByTestId("tab-mappings").ClickAsync();
        await page.GetByTestId("mapping-search").FillAsync(code);
        await page.GetByTestId($"mapping-option-llama-guard-3-{code}").ClickAsync();
        await PickerClosedAsync(page);
        await page.GetByTestId("mapping-add").ClickAsync();
        await Expect(page.GetByTestId("mappings-list")).ToContainTextAsync(code);
    }

    private static async Task PublishAsync(IPage page, string? version)
    {
        await page.GetByTestId("draft-publish").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        if (version is not null)
        {
            await dialog.GetByTestId("publish-version").FillAsync(version);
        }

        await Expect(dialog.GetByTestId("publish-changelog")).Not.ToBeEmptyAsync();
        await dialog.GetByTestId("publish-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }
}
