using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Merging;

public sealed class MergeCategoryTests
{
    [Fact]
    public void The_source_is_deprecated_as_merged_into_the_target()
    {
        var scenario = Given(SmallTree());

        var merged = scenario.WhenApplied(new MergeCategory(Fraud, Privacy, " Both are about personal data ")).ThenSingle<CategoriesMerged>();

        merged.SourceId.ShouldBe(Fraud);
        merged.TargetId.ShouldBe(Privacy);
        merged.Reason.ShouldBe("Both are about personal data");
        var fraud = scenario.Category(Fraud);
        fraud.Status.ShouldBe(CategoryStatus.Deprecated);
        fraud.Deprecation.ShouldNotBeNull();
        fraud.Deprecation.Kind.ShouldBe(DeprecationKind.MergedInto);
        fraud.Deprecation.ReplacedBy.ShouldBe([Privacy]);
        fraud.Deprecation.Reason.ShouldBe("Both are about personal data");
        scenario.Category(Privacy).IsActive.ShouldBeTrue();
    }

    [Fact]
    public void The_source_children_move_under_the_target_after_its_own_children()
    {
        var scenario = Given([
            .. SmallTree(),
            Added(Id(10), "HT-2.1", "Doxxing", parent: Privacy),
        ]);

        var merged = scenario.WhenApplied(new MergeCategory(Violence, Privacy, "Reorganised")).ThenSingle<CategoriesMerged>();

        merged.MovedChildren.ShouldBe([Threats, Incitement]);
        merged.FirstChildPosition.ShouldBe(1);
        scenario.ChildrenOf(Privacy).ShouldBe([Id(10), Threats, Incitement]);
        scenario.ChildrenOf(Violence).ShouldBeEmpty();
        scenario.Category(Threats).Position.ShouldBe(1);
        scenario.Category(Incitement).Position.ShouldBe(2);
        scenario.Category(Threats).Notation.ShouldBe("HT-1.1");
    }

    [Fact]
    public void A_category_cannot_be_merged_into_itself() =>
        Given(SmallTree()).WhenRefused(new MergeCategory(Fraud, Fraud, "Why not")).ThenBreaks("into");

    [Fact]
    public void Merging_into_a_deprecated_category_is_refused() =>
        Given([.. SmallTree(), new CategoryDeprecated(TaxonomyId, Privacy, [], Curator, Now, "Out of scope")])
            .WhenRefused(new MergeCategory(Fraud, Privacy, "Same thing")).ThenBreaks("into").Message.ShouldContain("HT-2");

    [Fact]
    public void Merging_into_its_own_descendant_is_refused() =>
        Given(SmallTree()).WhenRefused(new MergeCategory(Violence, Threats, "Narrower")).ThenBreaks("into").Message.ShouldContain("inside");

    [Fact]
    public void A_child_may_be_merged_into_its_parent()
    {
        var scenario = Given(SmallTree());

        scenario.And(new MergeCategory(Threats, Violence, "Too fine-grained"));

        scenario.Category(Threats).Deprecation!.ReplacedBy.ShouldBe([Violence]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_reason_is_required(string? reason) =>
        Given(SmallTree()).WhenRefused(new MergeCategory(Fraud, Privacy, reason)).ThenBreaks("reason");

    [Fact]
    public void An_already_deprecated_source_cannot_be_merged() =>
        Given(SmallTree()).And(new MergeCategory(Fraud, Privacy, "Same thing"))
            .WhenRefused(new MergeCategory(Fraud, Violence, "Again")).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);

    [Fact]
    public void An_unknown_source_or_target_is_not_found()
    {
        Given(SmallTree()).WhenRefused(new MergeCategory(Id(99), Privacy, "Gone")).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
        Given(SmallTree()).WhenRefused(new MergeCategory(Fraud, Id(99), "Gone")).ThenBreaks("into", TaxonomyRuleKind.NotFound);
    }
}
