using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Features.Taxonomies.Splitting;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Splitting;

public sealed class SplitPreviewTests
{
    private readonly DraftBuilder builder = new();
    private readonly Guid abuse;
    private readonly Guid hate;

    public SplitPreviewTests()
    {
        abuse = builder.Add("Abuse");
        hate = builder.Add("Hate");
        builder.Add("Slurs", hate);
    }

    private DraftTreeIndex Tree => new(InMemoryCurationDrafts.TreeOf(builder.Draft));

    [Fact]
    public void Splitting_names_the_new_categories_where_they_go_where_children_go_and_forces_a_major_release()
    {
        var lines = SplitPreview.Describe(Tree, hate, ["Hate speech", " Hateful imagery "], "en", "1.2.0", EnglishStrings.Localizer);

        lines.Select(line => line.Text).ShouldBe(
        [
            "HT-2 Hate will be deprecated and replaced by 2 new categories: “Hate speech”, “Hateful imagery”.",
            "They will sit beside it, at the top level.",
            "Its child HT-2.1 Slurs will move under “Hate speech”.",
            "Datasets labelled HT-2 will map to all 2 new categories; relabel them by hand where one fits better.",
            "The next published version must be a major version (2.0.0 or later).",
        ]);
    }

    [Fact]
    public void A_nested_category_splits_beside_itself_under_its_parent_and_blank_labels_are_named_by_position()
    {
        var child = builder.Add("Doxxing", abuse);

        var lines = SplitPreview.Describe(Tree, child, ["Home address", null, "  "], "en", null, EnglishStrings.Localizer);

        lines[0].Text.ShouldBe("HT-1.1 Doxxing will be deprecated and replaced by 3 new categories: “Home address”, new category 2, new category 3.");
        lines[1].Text.ShouldBe("They will sit beside it, under HT-1 Abuse.");
        lines.ShouldNotContain(line => line.Text.Contains("move under", StringComparison.Ordinal));
    }
}
