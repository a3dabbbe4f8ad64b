using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using HarmTaxonomy.Web.Features.Taxonomies.Versions;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Versions;

public sealed class DiffViewTests : MudBunitContext
{
    private readonly DraftBuilder builder = new();
    private readonly Guid abuse;
    private readonly Guid hate;
    private readonly Guid harassment;

    public DiffViewTests()
    {
        abuse = builder.Add("Abuse");
        hate = builder.Add("Hate");
        builder.Add("Slurs", hate);
        builder.Add("Dehumanisation", hate);
        harassment = builder.Add("Harassment");
        builder.Publish("1.0.0");
    }

    private TaxonomyDiff Diff => PublicationPlan.For(builder.Draft).Diff;

    [Fact]
    public void Each_kind_of_change_is_its_own_section_with_a_count_and_a_colour_for_how_hard_it_hits()
    {
        builder.Run(new MergeCategory(hate, harassment, "Same harm."));
        builder.Add("Extremism");
        builder.Run(new WriteCategoryText(abuse, "en", "Online abuse", null, null));

        var cut = Render<DiffView>(parameters => parameters.Add(p => p.Diff, Diff));

        var merged = cut.Find("[data-testid='diff-group-merged']");
        merged.ClassList.ShouldContain("mud-border-error");
        cut.Find("[data-testid='diff-group-merged-count']").TextContent.Trim().ShouldBe("1");
        Words(merged.QuerySelector("li")!.TextContent).ShouldBe("HT-2 Hate → HT-3 Harassment (reason: Same harm.)");

        cut.Find("[data-testid='diff-group-moved']").ClassList.ShouldContain("mud-border-error");
        cut.Find("[data-testid='diff-group-moved-count']").TextContent.Trim().ShouldBe("2");
        Words(cut.Find("[data-testid='diff-group-moved'] li").TextContent).ShouldBe("HT-2.1 Slurs: HT-2 Hate → HT-3 Harassment");

        var added = cut.Find("[data-testid='diff-group-added']");
        added.ClassList.ShouldContain("mud-border-success");
        Words(added.QuerySelector("li")!.TextContent).ShouldBe("HT-4 Extremism");

        var renamed = cut.Find("[data-testid='diff-group-renamed']");
        renamed.ClassList.ShouldContain("mud-border-info");
        renamed.QuerySelector("[data-testid='diff-before']")!.TextContent.ShouldBe("Abuse");
        renamed.QuerySelector("[data-testid='diff-after']")!.TextContent.ShouldBe("Online abuse");

        cut.FindAll("[data-testid='diff-group-removed']").ShouldBeEmpty();
        cut.FindAll("[data-testid='diff-empty']").ShouldBeEmpty();
    }

    /// <summary>The text as a reader sees it: runs of whitespace are one space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Breaking_groups_come_before_additions_and_wording()
    {
        builder.Add("Extremism");
        builder.Run(new WriteCategoryText(abuse, "en", "Online abuse", null, null));
        builder.Run(new MergeCategory(hate, harassment, "Same harm."));

        var cut = Render<DiffView>(parameters => parameters.Add(p => p.Diff, Diff));

        cut.FindAll("[data-testid^='diff-group-']:not([data-testid$='-count'])").Select(group => group.GetAttribute("data-testid"))
            .ShouldBe(["diff-group-merged", "diff-group-moved", "diff-group-added", "diff-group-renamed"]);
    }

    [Fact]
    public void The_migration_map_lists_what_datasets_must_relabel_and_counts_the_rest()
    {
        builder.Run(new MergeCategory(hate, harassment, "Same harm."));

        var cut = Render<DiffView>(parameters => parameters.Add(p => p.Diff, Diff));

        var rows = cut.FindAll("[data-testid='diff-migration'] tbody tr");
        rows.Count.ShouldBe(1);
        var row = cut.Find("[data-testid='diff-migration-HT-2']");
        row.Children[0].TextContent.ShouldBe("HT-2");
        row.Children[1].TextContent.ShouldBe("HT-3");
        row.Children[2].TextContent.Trim().ShouldBe("replaced");
        cut.Find("[data-testid='diff-migration-unchanged']").TextContent.ShouldContain("4 categories keep their notation");
    }

    [Fact]
    public void A_diff_without_changes_says_so()
    {
        var cut = Render<DiffView>(parameters => parameters.Add(p => p.Diff, Diff));

        cut.Find("[data-testid='diff-empty']").TextContent.ShouldBe("No differences.");
        cut.FindAll("[data-testid^='diff-group-']").ShouldBeEmpty();
        cut.FindAll("[data-testid='diff-migration']").ShouldBeEmpty();
        cut.Find("[data-testid='diff-migration-unchanged']").TextContent.ShouldContain("5 categories");
    }

    [Fact]
    public void Compact_shows_a_few_entries_per_group_and_counts_the_rest()
    {
        for (var index = 1; index <= 7; index++)
        {
            builder.Add($"New harm {index}");
        }

        var cut = Render<DiffView>(parameters => parameters.Add(p => p.Diff, Diff).Add(p => p.Compact, true));

        var added = cut.Find("[data-testid='diff-group-added']");
        added.QuerySelectorAll("[data-testid='diff-entry']").Length.ShouldBe(5);
        added.TextContent.ShouldContain("and 2 more");
        cut.Find("[data-testid='diff-group-added-count']").TextContent.Trim().ShouldBe("7");
    }
}
