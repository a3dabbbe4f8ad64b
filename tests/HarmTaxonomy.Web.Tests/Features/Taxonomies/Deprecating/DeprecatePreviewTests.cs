using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Web.Features.Taxonomies.Deprecating;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Deprecating;

public sealed class DeprecatePreviewTests
{
    private readonly DraftBuilder builder = new();
    private readonly Guid abuse;
    private readonly Guid hate;
    private readonly Guid harassment;

    public DeprecatePreviewTests()
    {
        abuse = builder.Add("Abuse");
        hate = builder.Add("Hate");
        harassment = builder.Add("Harassment");
    }

    private DraftTreeIndex Tree => new(InMemoryCurationDrafts.TreeOf(builder.Draft));

    [Fact]
    public void Deprecating_with_replacements_keeps_the_category_relabels_data_and_needs_a_minor_release()
    {
        var lines = DeprecatePreview.Describe(Tree, abuse, [hate, harassment], "en", "1.0.0", EnglishStrings.Localizer);

        lines.Select(line => line.Text).ShouldBe(
        [
            "HT-1 Abuse will be deprecated: it stays in the scheme, marked as deprecated, so existing labels still resolve.",
            "It will be replaced by HT-2 Hate, HT-3 Harassment: datasets labelled HT-1 will be relabelled HT-2, HT-3.",
            "The next published version must be at least a minor version (1.1.0 or later).",
        ]);
        lines.ShouldAllBe(line => !line.IsWarning);
    }

    [Fact]
    public void Without_a_replacement_the_preview_warns_that_labelled_data_has_nowhere_to_go()
    {
        var lines = DeprecatePreview.Describe(Tree, abuse, [], "en", "1.0.0", EnglishStrings.Localizer);

        var warning = lines.Single(line => line.IsWarning);
        warning.Text.ShouldBe("Nothing replaces it: datasets labelled HT-1 keep a label that no active category takes over.");
    }

    [Fact]
    public void Active_children_are_a_warning_and_deprecated_children_are_not_counted()
    {
        builder.Add("Doxxing", abuse);
        builder.Add("Stalking", abuse);
        var retired = builder.Add("Flaming", abuse);
        builder.Run(new DeprecateCategory(retired, [], "Folded into harassment."));

        var lines = DeprecatePreview.Describe(Tree, abuse, [harassment], "en", null, EnglishStrings.Localizer);

        lines.Single(line => line.IsWarning).Text.ShouldBe(
            "It still has 2 active children (HT-1.1 Doxxing, HT-1.2 Stalking); they stay where they are, under a deprecated category. Move, merge or deprecate them too if they should go.");
    }

    [Fact]
    public void Any_other_active_category_may_replace_it()
    {
        builder.Run(new DeprecateCategory(harassment, [], "Unclear."));

        DeprecatePreview.Replacements(Tree, abuse).Select(node => node.Notation).ShouldBe(["HT-2"]);
    }
}
