using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Web.Features.Taxonomies.Merging;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Merging;

public sealed class MergeCategoryDialogTests : CurationDialogContext
{
    private readonly Guid hate;
    private readonly Guid harassment;

    public MergeCategoryDialogTests()
    {
        Builder.Add("Abuse");
        hate = Builder.Add("Hate");
        Builder.Add("Slurs", hate);
        harassment = Builder.Add("Harassment");
    }

    private Task OpenMergeAsync(string role = Roles.Curator) =>
        OpenAsync(dialogs => MergeCategoryDialog.ShowAsync(dialogs, Builder.Summary(), Builder.Draft.Version, "en", hate), role);

    private void ChooseTarget(string search, string notation)
    {
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='merge-target']"));
        Provider.Find("input[data-testid='merge-target']").Input(search);
        Popovers.WaitForAssertion(() => Popovers.Find($"[data-testid='merge-option-{notation}']"));
        Popovers.Find($"[data-testid='merge-option-{notation}']").Closest(".mud-list-item")!.Click();
    }

    [Fact]
    public async Task Choosing_a_target_previews_the_merge_and_confirming_runs_it()
    {
        await OpenMergeAsync();
        Provider.WaitForAssertion(() => Provider.Find("[data-testid='merge-preview-empty']"));
        Provider.Find(".mud-dialog-title").TextContent.ShouldBe("Merge HT-2 Hate");
        Provider.FindAll("[data-testid='dialog-load-problem']").ShouldBeEmpty();
        IsDisabled("merge-submit").ShouldBeTrue();

        ChooseTarget("Har", "HT-3");
        Provider.WaitForAssertion(() => Provider.Find("[data-testid='merge-preview']").TextContent
            .ShouldContain("HT-2 Hate will be deprecated and replaced by HT-3 Harassment."));
        Provider.Find("[data-testid='merge-preview']").TextContent.ShouldContain("Its child HT-2.1 Slurs will move under HT-3.");
        Provider.Find("textarea[data-testid='merge-reason']").Input("Same harm, two names.");
        Submit("merge-submit");

        var outcome = await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.ShouldNotBeNull();
        Drafts.Executed.Single().ShouldBe(new MergeCategory(hate, harassment, "Same harm, two names."));
        Builder.Draft.Find(hate)!.Status.ShouldBe(CategoryStatus.Deprecated);
    }

    [Fact]
    public async Task The_source_and_its_subtree_are_not_offered()
    {
        await OpenMergeAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='merge-target']"));

        Provider.Find("input[data-testid='merge-target']").Input("HT-");

        Popovers.WaitForAssertion(() => Popovers.FindAll("[data-testid^='merge-option-']").Select(option => option.TextContent)
            .ShouldBe(["HT-1 Abuse", "HT-3 Harassment"]));
    }

    [Fact]
    public async Task A_missing_reason_is_refused_next_to_the_reason_field()
    {
        await OpenMergeAsync();
        ChooseTarget("Har", "HT-3");

        Submit("merge-submit");

        Provider.WaitForAssertion(() => HelperTextOf("merge-reason").ShouldContain("Say why"));
        Shown.IsCompleted.ShouldBeFalse();
        Builder.Draft.Find(hate)!.Status.ShouldBe(CategoryStatus.Active);
    }

    [Fact]
    public async Task People_who_are_not_curators_cannot_merge()
    {
        await OpenMergeAsync(Roles.Participant);

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='dialog-not-allowed']"));
        IsDisabled("merge-submit").ShouldBeTrue();
        Provider.Find("input[data-testid='merge-target']").HasAttribute("disabled").ShouldBeTrue();
    }
}
