using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Structuring;

public sealed class MoveCategoryTests
{
    [Fact]
    public void A_category_moves_under_another_at_the_end_of_its_children()
    {
        var scenario = Given(SmallTree());

        var moved = scenario.WhenApplied(new MoveCategory(Fraud, Violence, "Fraud threatens people too")).ThenSingle<CategoryMoved>();

        moved.FromParentId.ShouldBeNull();
        moved.ToParentId.ShouldBe(Violence);
        moved.Position.ShouldBe(2);
        moved.Reason.ShouldBe("Fraud threatens people too");
        scenario.ChildrenOf(Violence).ShouldBe([Threats, Incitement, Fraud]);
        scenario.Category(Fraud).Notation.ShouldBe("HT-3");
    }

    [Fact]
    public void A_child_moves_to_the_top_level_at_the_end()
    {
        var scenario = Given(SmallTree());

        var moved = scenario.WhenApplied(new MoveCategory(Threats, null)).ThenSingle<CategoryMoved>();

        moved.FromParentId.ShouldBe(Violence);
        moved.ToParentId.ShouldBeNull();
        moved.Position.ShouldBe(3);
        scenario.ChildrenOf(null).ShouldBe([Violence, Privacy, Fraud, Threats]);
        scenario.ChildrenOf(Violence).ShouldBe([Incitement]);
    }

    [Fact]
    public void The_subtree_moves_with_its_root()
    {
        var scenario = Given(SmallTree());

        scenario.And(new MoveCategory(Violence, Privacy));

        scenario.Draft.IsInSubtree(Threats, Privacy).ShouldBeTrue();
        scenario.Category(Threats).ParentId.ShouldBe(Violence);
    }

    [Fact]
    public void Moving_to_the_parent_it_already_has_records_nothing()
    {
        Given(SmallTree()).When(new MoveCategory(Threats, Violence)).ThenNothing();
        Given(SmallTree()).When(new MoveCategory(Privacy, null)).ThenNothing();
    }

    [Fact]
    public void A_category_cannot_be_its_own_parent() =>
        Given(SmallTree()).WhenRefused(new MoveCategory(Violence, Violence)).ThenBreaks("parentId").Message.ShouldContain("its own parent");

    [Fact]
    public void Moving_a_category_under_its_own_descendant_is_refused_as_a_cycle() =>
        Given([.. SmallTree(), Added(Id(10), "HT-1.1.1", "Death threats", parent: Threats)])
            .WhenRefused(new MoveCategory(Violence, Id(10))).ThenBreaks("parentId").Message.ShouldContain("cycle");

    [Fact]
    public void An_unknown_parent_is_refused() =>
        Given(SmallTree()).WhenRefused(new MoveCategory(Fraud, Id(99))).ThenBreaks("parentId");

    [Fact]
    public void A_deprecated_parent_is_refused() =>
        Given([.. SmallTree(), new CategoryDeprecated(TaxonomyId, Privacy, [], Curator, Now, "Folded into fraud")])
            .WhenRefused(new MoveCategory(Fraud, Privacy)).ThenBreaks("parentId");

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new MoveCategory(Id(99), Violence)).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);

    [Fact]
    public void Categories_added_after_a_move_go_after_the_moved_one()
    {
        var scenario = Given(SmallTree()).And(new MoveCategory(Fraud, Violence));

        scenario.WhenApplied(new AddCategory(Id(10), "en", "Stalking", "", Violence, [])).ThenSingle<CategoryAdded>().Position.ShouldBe(3);
    }
}
