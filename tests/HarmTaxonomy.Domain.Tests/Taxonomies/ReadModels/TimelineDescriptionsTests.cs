using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ReadModels;

public sealed class TimelineDescriptionsTests
{
    private static TimelineEntry Describe(ITaxonomyCommand command, Guid id)
    {
        var scenario = Given(SmallTree("en", "es"));
        var change = scenario.When(command).OfType<ICategoryEvent>().First();
        return TimelineDescriptions.Describe(change, id, 42);
    }

    [Fact]
    public void An_entry_says_who_when_why_and_at_which_draft_version()
    {
        var added = Added(Fraud, "HT-3", "Fraud") with { Reason = "Missing" };

        var entry = TimelineDescriptions.Describe(added, Fraud, 5);

        entry.ShouldBe(new TimelineEntry("added", "Added as HT-3 “Fraud” (en)", Curator, Now, "Missing", 5));
    }

    [Theory]
    [InlineData("renamed", "Renamed in en to “Scams”")]
    [InlineData("translated", "Translated into es: “Fraude”")]
    [InlineData("redefined", "Definition or scope note revised in en")]
    [InlineData("details", "Examples, alternative labels or severity guidance revised in en")]
    [InlineData("modalities", "Modalities set to none")]
    [InlineData("renumbered", "Renumbered from HT-3 to FR")]
    [InlineData("moved", "Moved to another parent")]
    [InlineData("reordered", "Siblings reordered")]
    [InlineData("deprecated", "Deprecated, replaced by 1 category")]
    [InlineData("removed", "Removed from the draft")]
    [InlineData("mapped", "Mapped: exactMatch llama-guard-3 S2")]
    public void Each_change_to_a_category_reads_as_one_line(string kind, string summary)
    {
        ITaxonomyCommand command = kind switch
        {
            "renamed" => new WriteCategoryText(Fraud, "en", "Scams", null, null),
            "translated" => new WriteCategoryText(Fraud, "es", "Fraude", null, null),
            "redefined" => new WriteCategoryText(Fraud, "en", "Fraud", "New.", null),
            "details" => new ReviseCategoryDetails(Fraud, "en", ["Phishing"], null, null),
            "modalities" => new SetCategoryModalities(Fraud, []),
            "renumbered" => new RenumberCategory(Fraud, "FR"),
            "moved" => new MoveCategory(Fraud, Privacy),
            "reordered" => new ReorderSiblings(null, [Fraud, Violence, Privacy]),
            "deprecated" => new DeprecateCategory(Fraud, [Privacy], "Covered"),
            "removed" => new RemoveCategory(Fraud),
            "mapped" => new MapCategory(Fraud, "exactMatch", "llama-guard-3", "S2", null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var entry = Describe(command, Fraud);

        entry.Kind.ShouldBe(kind);
        entry.Summary.ShouldBe(summary);
    }

    [Fact]
    public void A_merge_reads_differently_for_the_source_the_target_and_the_moved_children()
    {
        var merge = new MergeCategory(Violence, Privacy, "Reorganised");

        Describe(merge, Violence).ShouldSatisfyAllConditions(entry => entry.Kind.ShouldBe("merged"), entry => entry.Summary.ShouldContain("deprecated"));
        Describe(merge, Privacy).Summary.ShouldBe("Absorbed a merged category");
        Describe(merge, Threats).ShouldSatisfyAllConditions(entry => entry.Kind.ShouldBe("moved"), entry => entry.Reason.ShouldBe("Reorganised"));
    }

    [Fact]
    public void A_split_reads_differently_for_the_source_the_parts_and_the_moved_children()
    {
        var split = new SplitCategory(Violence, null, [new SplitInto(Id(20), "Physical", ""), new SplitInto(Id(21), "Verbal", "")], "Too broad");

        Describe(split, Violence).Summary.ShouldBe("Split into 2 categories and deprecated");
        Describe(split, Id(21)).ShouldSatisfyAllConditions(entry => entry.Kind.ShouldBe("added"), entry => entry.Summary.ShouldBe("Created by a split as HT-5"));
        Describe(split, Threats).Summary.ShouldBe("Moved here when its parent was split");
    }

    [Fact]
    public void An_unmapping_names_its_target() =>
        TimelineDescriptions.Describe(new CategoryMappingRemoved(TaxonomyId, Fraud, "urn:harm:fraud", Curator, Now, null), Fraud, 3)
            .Summary.ShouldBe("Mapping to urn:harm:fraud removed");

    [Fact]
    public void A_deprecation_without_replacements_says_only_deprecated() =>
        TimelineDescriptions.Describe(new CategoryDeprecated(TaxonomyId, Fraud, [], Curator, Now, "Gone"), Fraud, 3).Summary.ShouldBe("Deprecated");
}
