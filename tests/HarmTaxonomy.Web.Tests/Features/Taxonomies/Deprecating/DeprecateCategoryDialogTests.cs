using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Deprecating;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Deprecating;

public sealed class DeprecateCategoryDialogTests : CurationDialogContext
{
    private readonly Guid abuse;
    private readonly Guid hate;
    private readonly Guid harassment;

    public DeprecateCategoryDialogTests()
    {
        abuse = Builder.Add("Abuse");
        Builder.Add("Doxxing", abuse);
        hate = Builder.Add("Hate");
        harassment = Builder.Add("Harassment");
        Builder.Publish("1.0.0");
    }

    private void Pick(string search, string notation)
    {
        Provider.Find("input[data-testid='deprecate-replacements']").Input(search);
        Popovers.WaitForAssertion(() => Popovers.Find($"[data-testid='deprecate-option-{notation}']"));
        Popovers.Find($"[data-testid='deprecate-option-{notation}']").Closest(".mud-list-item")!.Click();
        Provider.WaitForAssertion(() => Provider.Find($"[data-testid='deprecate-replacement-{notation}']"));
    }

    [Fact]
    public async Task Chosen_replacements_show_as_chips_the_preview_warns_about_active_children_and_confirming_deprecates()
    {
        await OpenAsync(dialogs => DeprecateCategoryDialog.ShowAsync(dialogs, Builder.Summary(), Builder.Draft.Version, "en", abuse));
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='deprecate-replacements']"));

        Pick("Hate", "HT-2");
        Pick("Har", "HT-3");
        Provider.Find("textarea[data-testid='deprecate-reason']").Input("Too broad to label consistently.");

        var preview = Provider.Find("[data-testid='deprecate-preview']");
        preview.TextContent.ShouldContain("It will be replaced by HT-2 Hate, HT-3 Harassment: datasets labelled HT-1 will be relabelled HT-2, HT-3.");
        preview.QuerySelector("[data-warning='true']")!.TextContent.ShouldContain("It still has an active child, HT-1.1 Doxxing");
        preview.TextContent.ShouldContain("(1.1.0 or later)");
        Submit("deprecate-submit");

        await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        Drafts.Executed.Single().ShouldBeOfType<DeprecateCategory>().ReplacedBy.ShouldBe([hate, harassment]);
        Builder.Draft.Find(abuse)!.Status.ShouldBe(CategoryStatus.Deprecated);
    }

    [Fact]
    public async Task A_chosen_replacement_can_be_taken_back()
    {
        await OpenAsync(dialogs => DeprecateCategoryDialog.ShowAsync(dialogs, Builder.Summary(), Builder.Draft.Version, "en", hate));
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='deprecate-replacements']"));
        Pick("Har", "HT-3");

        Provider.Find("[data-testid='deprecate-replacement-HT-3'] + .mud-chip-close-button").Click();

        Provider.WaitForAssertion(() => Provider.FindAll("[data-testid='deprecate-replacement-HT-3']").ShouldBeEmpty());
        Provider.Find("[data-testid='deprecate-preview'] [data-warning='true']").TextContent.ShouldContain("Nothing replaces it");
    }
}
