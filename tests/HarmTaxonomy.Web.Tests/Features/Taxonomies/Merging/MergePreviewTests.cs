using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Web.Features.Taxonomies.Merging;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Merging;

public sealed class MergePreviewTests
{
    private readonly DraftBuilder builder = new();
    private readonly Guid abuse;
    private readonly Guid hate;
    private readonly Guid harassment;

    public MergePreviewTests()
    {
        abuse = builder.Add("Abuse");
        hate = builder.Add("Hate");
        builder.Add("Slurs", hate);
        builder.Add("Dehumanisation", hate);
        harassment = builder.Add("Harassment");
    }

    private DraftTreeIndex Tree => new(InMemoryCurationDrafts.TreeOf(builder.Draft));

    [Fact]
    public void Merging_retires_the_source_moves_its_children_relabels_data_and_forces_a_major_release()
    {
        builder.Publish("1.0.0");

        var lines = MergePreview.Describe(Tree, hate, harassment, "en", "1.0.0", EnglishStrings.Localizer);

        lines.Select(line => line.Text).ShouldBe(
        [
            "HT-2 Hate will be deprecated and replaced by HT-3 Harassment.",
            "Its 2 children (HT-2.1 Slurs, HT-2.2 Dehumanisation) will move under HT-3.",
            "Datasets labelled HT-2 will be relabelled HT-3.",
            "The next published version must be a major version (2.0.0 or later).",
        ]);
        lines.ShouldAllBe(line => !line.IsWarning);
    }

    [Fact]
    public void A_source_without_children_moves_nothing()
    {
        var lines = MergePreview.Describe(Tree, abuse, harassment, "en", "1.4.2", EnglishStrings.Localizer);

        lines.Select(line => line.Text).ShouldBe(
        [
            "HT-1 Abuse will be deprecated and replaced by HT-3 Harassment.",
            "Datasets labelled HT-1 will be relabelled HT-3.",
            "The next published version must be a major version (2.0.0 or later).",
        ]);
    }

    [Fact]
    public void Before_any_release_the_change_simply_goes_into_the_first_version()
    {
        var lines = MergePreview.Describe(Tree, abuse, harassment, "en", null, EnglishStrings.Localizer);

        lines[^1].Text.ShouldBe("Nothing has been published yet: this change goes into the first version.");
    }

    [Fact]
    public void A_long_list_of_children_is_cut_with_a_count_of_the_rest()
    {
        for (var index = 3; index <= 8; index++)
        {
            builder.Add($"Kind {index}", hate);
        }

        var lines = MergePreview.Describe(Tree, hate, harassment, "en", null, EnglishStrings.Localizer);

        lines[1].Text.ShouldBe("Its 8 children (HT-2.1 Slurs, HT-2.2 Dehumanisation, HT-2.3 Kind 3, HT-2.4 Kind 4, HT-2.5 Kind 5 and 3 more) will move under HT-3.");
    }

    [Fact]
    public void Only_active_categories_outside_the_source_subtree_are_offered_as_targets()
    {
        builder.Run(new DeprecateCategory(abuse, [], "Too broad."));

        var targets = MergePreview.Targets(Tree, hate);

        targets.Select(target => target.Notation).ShouldBe(["HT-3"]);
    }
}
