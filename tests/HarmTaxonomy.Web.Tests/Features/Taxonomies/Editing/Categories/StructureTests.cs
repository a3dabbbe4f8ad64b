using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Categories;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Categories;

public sealed class StructureTests
{
    private static readonly DraftTreeIndex Tree = new(Generated(3, 3, 2));

    private static Guid Id(string notation) => Tree.Nodes.Single(node => node.Notation == notation).Id;

    [Fact]
    public void Moving_up_swaps_a_category_with_the_sibling_before_it()
    {
        var reorder = SiblingOrder.Shift(Tree, Id("HT-2.2"), -1)!;

        reorder.ParentId.ShouldBe(Id("HT-2"));
        reorder.OrderedIds.ShouldBe([Id("HT-2.2"), Id("HT-2.1"), Id("HT-2.3")]);
    }

    [Fact]
    public void The_first_cannot_move_up_and_the_last_cannot_move_down()
    {
        SiblingOrder.Shift(Tree, Id("HT-1"), -1).ShouldBeNull();
        SiblingOrder.Shift(Tree, Id("HT-3"), 1).ShouldBeNull();
        SiblingOrder.Shift(Tree, Id("HT-3"), -1)!.OrderedIds.ShouldBe([Id("HT-1"), Id("HT-3"), Id("HT-2")]);
    }

    [Fact]
    public void A_category_is_never_offered_a_move_into_itself_its_descendants_its_parent_or_a_deprecated_category()
    {
        var deprecated = Node("HT-4", "Old", status: CategoryStatus.Deprecated);
        var tree = new DraftTreeIndex([.. Tree.Nodes, deprecated]);

        var targets = MoveTargets.For(tree, Id("HT-2.1")).Select(node => node.Notation).ToList();

        targets.ShouldNotContain("HT-2.1");
        targets.ShouldNotContain("HT-2.1.1");
        targets.ShouldNotContain("HT-2");
        targets.ShouldNotContain("HT-4");
        targets.ShouldContain("HT-2.2");
        targets.ShouldContain("HT-1.3.2");
    }
}
