using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Web.Features.Taxonomies.Splitting;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Splitting;

public sealed class SplitCategoryDialogTests : CurationDialogContext
{
    private readonly Guid hate;

    public SplitCategoryDialogTests()
    {
        hate = Builder.Add("Hate");
        Builder.Add("Slurs", hate);
    }

    private Task OpenSplitAsync() =>
        OpenAsync(dialogs => SplitCategoryDialog.ShowAsync(dialogs, Builder.Summary(), Builder.Draft.Version, "en", hate));

    [Fact]
    public async Task The_preview_follows_the_typed_parts_and_confirming_splits_into_them()
    {
        await OpenSplitAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='split-part-label-0']"));

        Provider.Find("input[data-testid='split-part-label-0']").Input("Hate speech");
        Provider.Find("textarea[data-testid='split-part-definition-0']").Change("Words that attack a group.");
        Provider.Find("[data-testid='split-add-part']").Click();
        Provider.Find("input[data-testid='split-part-label-1']").Input("Hateful imagery");
        Provider.Find("input[data-testid='split-part-label-2']").Input("Hateful symbols");
        Provider.Find("textarea[data-testid='split-reason']").Input("Text and images are labelled apart.");

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='split-preview']").TextContent
            .ShouldContain("HT-1 Hate will be deprecated and replaced by 3 new categories: “Hate speech”, “Hateful imagery”, “Hateful symbols”."));
        Provider.Find("[data-testid='split-preview']").TextContent.ShouldContain("Its child HT-1.1 Slurs will move under “Hate speech”.");
        Submit("split-submit");

        var outcome = await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        var split = outcome!.Events.OfType<CategorySplit>().Single();
        split.Parts.Select(part => part.Label).ShouldBe(["Hate speech", "Hateful imagery", "Hateful symbols"]);
        split.Parts[0].Definition.ShouldBe("Words that attack a group.");
        split.Parts.ShouldAllBe(part => part.CategoryId.Version == 7);
        Builder.Draft.Find(hate)!.Status.ShouldBe(CategoryStatus.Deprecated);
    }

    [Fact]
    public async Task A_part_without_a_label_is_refused_next_to_that_part()
    {
        await OpenSplitAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='split-part-label-0']"));
        Provider.Find("input[data-testid='split-part-label-0']").Input("Hate speech");
        Provider.Find("textarea[data-testid='split-reason']").Input("Text and images are labelled apart.");

        Submit("split-submit");

        Provider.WaitForAssertion(() => HelperTextOf("split-part-label-1").ShouldBe("Enter a label."));
        HelperTextOf("split-part-label-0").ShouldBeEmpty();
        Shown.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_split_starts_with_two_parts_that_cannot_be_removed()
    {
        await OpenSplitAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='split-part-label-1']"));

        Provider.FindAll("input[data-testid^='split-part-label-']").Count.ShouldBe(2);
        IsDisabled("split-remove-part-0").ShouldBeTrue();
        Provider.Find("[data-testid='split-add-part']").Click();
        IsDisabled("split-remove-part-0").ShouldBeFalse();
        Provider.Find("[data-testid='split-remove-part-2']").Click();
        Provider.FindAll("input[data-testid^='split-part-label-']").Count.ShouldBe(2);
    }
}
