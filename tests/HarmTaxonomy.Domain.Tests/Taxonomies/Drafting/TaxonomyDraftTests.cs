using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Drafting;

public sealed class TaxonomyDraftTests
{
    [Fact]
    public void Every_applied_event_advances_the_version_and_the_update_time()
    {
        var scenario = Given(SmallTree());

        scenario.Draft.Version.ShouldBe(6);
        scenario.And(new AddTaxonomyLanguage("es"));

        scenario.Draft.Version.ShouldBe(7);
        scenario.Draft.UpdatedAt.ShouldBe(scenario.Now);
        scenario.Draft.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void A_category_is_in_its_own_subtree_and_in_its_ancestors_subtrees_only()
    {
        var draft = Given([.. SmallTree(), Added(Id(10), "HT-1.1.1", "Death threats", parent: Threats)]).Draft;

        draft.IsInSubtree(Id(10), Id(10)).ShouldBeTrue();
        draft.IsInSubtree(Id(10), Threats).ShouldBeTrue();
        draft.IsInSubtree(Id(10), Violence).ShouldBeTrue();
        draft.IsInSubtree(Id(10), Incitement).ShouldBeFalse();
        draft.IsInSubtree(Violence, Id(10)).ShouldBeFalse();
        draft.IsInSubtree(Id(99), Violence).ShouldBeFalse();
    }

    [Fact]
    public void Children_are_ordered_by_position_then_notation()
    {
        var draft = Given(Added(Id(10), "B", "Second"), Added(Id(11), "A", "First"), Added(Id(12), "C", "Zeroth", position: -1)).Draft;

        draft.ChildrenOf(null).Select(child => child.Notation).ShouldBe(["C", "A", "B"]);
        draft.NextPosition(null).ShouldBe(1);
        draft.NextPosition(Id(10)).ShouldBe(0);
    }

    [Fact]
    public void Notations_are_looked_up_whatever_their_case()
    {
        var draft = Given(SmallTree()).Draft;

        draft.NotationOwner("ht-1.2").ShouldBe(Incitement);
        draft.NotationOwner("HT-4").ShouldBeNull();
    }

    [Fact]
    public void A_renumbered_category_frees_its_old_notation_for_others()
    {
        var scenario = Given(SmallTree()).And(new RenumberCategory(Fraud, "FR"));

        scenario.When(new AddCategory(Id(10), "en", "Scams", "", null, [], Notation: "HT-3")).ThenSingle<CategoryAdded>().Notation.ShouldBe("HT-3");
    }

    [Fact]
    public void The_snapshot_copies_the_scheme_and_the_categories_in_tree_order()
    {
        var snapshot = Given(SmallTree("en", "es")).And(new ReorderSiblings(Violence, [Incitement, Threats])).Draft.Snapshot();

        snapshot.Slug.ShouldBe("open-harms");
        snapshot.Title.ShouldBe("Open harms");
        snapshot.Licence.ShouldBe("CC-BY-4.0");
        snapshot.Languages.ShouldBe(["en", "es"]);
        snapshot.SourceLanguage.ShouldBe("en");
        snapshot.Categories.Select(category => category.Notation).ShouldBe(["HT-1", "HT-1.2", "HT-1.1", "HT-2", "HT-3"]);
    }
}
