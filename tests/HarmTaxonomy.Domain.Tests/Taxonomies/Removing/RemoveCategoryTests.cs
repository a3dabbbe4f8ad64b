using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Removing;

public sealed class RemoveCategoryTests
{
    [Fact]
    public void A_category_without_children_leaves_the_draft()
    {
        var scenario = Given(SmallTree());

        var removed = scenario.WhenApplied(new RemoveCategory(Fraud, "Added by mistake")).ThenSingle<CategoryRemoved>();

        removed.WasActive.ShouldBeTrue();
        removed.Reason.ShouldBe("Added by mistake");
        scenario.Draft.Find(Fraud).ShouldBeNull();
        scenario.ChildrenOf(null).ShouldBe([Violence, Privacy]);
    }

    [Fact]
    public void A_deprecated_category_can_be_removed_and_says_it_was_not_active() =>
        Given(SmallTree()).And(new DeprecateCategory(Fraud, null, "Out of scope"))
            .When(new RemoveCategory(Fraud)).ThenSingle<CategoryRemoved>().WasActive.ShouldBeFalse();

    [Fact]
    public void A_category_with_children_is_refused() =>
        Given(SmallTree()).WhenRefused(new RemoveCategory(Violence)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict).Message.ShouldContain("children");

    [Fact]
    public void A_category_that_replaces_another_is_refused()
    {
        Given(SmallTree()).And(new DeprecateCategory(Fraud, [Privacy], "Folded in"))
            .WhenRefused(new RemoveCategory(Privacy)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict).Message.ShouldContain("HT-3");
        Given(SmallTree()).And(new MergeCategory(Fraud, Privacy, "Same"))
            .WhenRefused(new RemoveCategory(Privacy)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);
    }

    [Fact]
    public void Afterwards_its_notation_is_free_for_a_new_category()
    {
        var scenario = Given(SmallTree()).And(new RemoveCategory(Fraud));

        scenario.Draft.NotationOwner("HT-3").ShouldBeNull();
        scenario.When(new AddCategory(Id(10), "en", "Scams", "", null, [])).ThenSingle<CategoryAdded>().Notation.ShouldBe("HT-3");
        scenario.When(new AddCategory(Id(10), "en", "Scams", "", null, [], Notation: "ht-3")).ThenSingle<CategoryAdded>().Notation.ShouldBe("ht-3");
    }

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new RemoveCategory(Id(99))).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);

    [Fact]
    public void The_id_of_a_removed_category_is_never_used_again()
    {
        var scenario = Given(SmallTree()).And(new RemoveCategory(Fraud));

        scenario.WhenRefused(new AddCategory(Fraud, "en", "Scams", "", null, [])).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);
        scenario.WhenRefused(new SplitCategory(Privacy, null, [new SplitInto(Id(20), "Data", ""), new SplitInto(Fraud, "Images", "")], "Too broad"))
            .ThenBreaks("into[1]", TaxonomyRuleKind.Conflict);
    }

    [Fact]
    public void A_category_with_replacements_stays_so_its_labels_can_be_migrated()
    {
        var scenario = Given(SmallTree()).And(new MergeCategory(Fraud, Privacy, "Same harm"));

        scenario.WhenRefused(new RemoveCategory(Fraud)).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict).Message.ShouldContain("migrated");
    }
}
