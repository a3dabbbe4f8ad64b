using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Removing;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Structuring;

public sealed class ReorderSiblingsTests
{
    [Fact]
    public void The_top_level_takes_the_new_order()
    {
        var scenario = Given(SmallTree());

        var reordered = scenario.WhenApplied(new ReorderSiblings(null, [Fraud, Violence, Privacy])).ThenSingle<SiblingsReordered>();

        reordered.ParentId.ShouldBeNull();
        reordered.TouchedCategories().ShouldBe([Fraud, Violence, Privacy]);
        scenario.ChildrenOf(null).ShouldBe([Fraud, Violence, Privacy]);
        scenario.Category(Fraud).Position.ShouldBe(0);
        scenario.Category(Privacy).Position.ShouldBe(2);
    }

    [Fact]
    public void The_children_of_a_parent_take_the_new_order()
    {
        var scenario = Given(SmallTree());

        scenario.And(new ReorderSiblings(Violence, [Incitement, Threats]));

        scenario.ChildrenOf(Violence).ShouldBe([Incitement, Threats]);
    }

    [Fact]
    public void The_same_order_records_nothing() =>
        Given(SmallTree()).When(new ReorderSiblings(null, [Violence, Privacy, Fraud])).ThenNothing();

    [Fact]
    public void The_same_order_with_gaps_left_by_a_removal_closes_the_gaps()
    {
        var scenario = Given(SmallTree()).And(new RemoveCategory(Privacy));

        scenario.WhenApplied(new ReorderSiblings(null, [Violence, Fraud])).ThenSingle<SiblingsReordered>();

        scenario.Category(Fraud).Position.ShouldBe(1);
    }

    [Fact]
    public void A_list_missing_a_child_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReorderSiblings(null, [Fraud, Violence])).ThenBreaks("orderedIds");

    [Fact]
    public void A_list_naming_a_child_twice_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReorderSiblings(null, [Fraud, Violence, Fraud])).ThenBreaks("orderedIds");

    [Fact]
    public void A_list_naming_a_category_of_another_parent_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReorderSiblings(null, [Fraud, Violence, Threats])).ThenBreaks("orderedIds");

    [Fact]
    public void No_list_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReorderSiblings(Violence, null)).ThenBreaks("orderedIds");

    [Fact]
    public void An_unknown_parent_is_not_found() =>
        Given(SmallTree()).WhenRefused(new ReorderSiblings(Id(99), [])).ThenBreaks("parentId", TaxonomyRuleKind.NotFound);
}
