using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using MudBlazor;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Editing.Tree;

public sealed class DraftTreeTests : MudBunitContext
{
    // The search waits for a pause in typing; a loaded test machine needs more than bUnit's default second.
    private static readonly TimeSpan SearchDebounce = TimeSpan.FromSeconds(10);

    private readonly List<Guid?> selections = [];

    public DraftTreeTests() => Render<MudPopoverProvider>();

    [Fact]
    public void Collapsed_children_are_not_in_the_page_until_their_parent_is_expanded()
    {
        var cut = RenderDraftTree(Generated(2, 3, 2));

        cut.FindAll("[role='treeitem']").Count.ShouldBe(2);
        cut.FindAll("[data-testid='tree-node-HT-1.1']").ShouldBeEmpty();

        cut.Find("[data-testid='tree-toggle-HT-1']").Click();

        cut.FindAll("[data-testid^='tree-node-HT-1.']").Select(node => node.GetAttribute("data-testid"))
            .ShouldBe(["tree-node-HT-1.1", "tree-node-HT-1.2", "tree-node-HT-1.3"]);
        cut.FindAll("[data-testid='tree-node-HT-1.1.1']").ShouldBeEmpty();
        cut.Find("[data-testid='tree-row-HT-1']").GetAttribute("aria-expanded").ShouldBe("true");

        cut.Find("[data-testid='tree-toggle-HT-1']").Click();

        cut.FindAll("[data-testid='tree-node-HT-1.1']").ShouldBeEmpty();
    }

    [Fact]
    public void A_tree_of_five_thousand_categories_draws_only_its_top_level()
    {
        var cut = RenderDraftTree(Generated(5, 10, 10, 10));

        cut.FindAll("[role='treeitem']").Count.ShouldBe(5);
    }

    [Fact]
    public void Expand_all_in_a_large_tree_draws_the_first_levels_and_says_why_not_more()
    {
        var cut = RenderDraftTree(Generated(5, 10, 10, 10));

        cut.Find("[data-testid='tree-expand-all']").Click();

        cut.FindAll("[role='treeitem']").Count.ShouldBe(555);
        cut.FindAll("[data-testid='tree-node-HT-1.1.1.1']").ShouldBeEmpty();
        cut.FindComponent<MudTooltip>().Instance.Text.ShouldBe("This tree has 5555 categories: expand all opens only the first 2 levels.");

        cut.Find("[data-testid='tree-collapse-all']").Click();

        cut.FindAll("[role='treeitem']").Count.ShouldBe(5);
    }

    [Fact]
    public void Searching_shows_the_matches_with_their_ancestors_only()
    {
        var violence = Node("HT-1", "Violence");
        var threats = Node("HT-1.1", "Threats", violence);
        var incitement = Node("HT-1.2", "Incitement", violence);
        var privacy = Node("HT-2", "Privacy");
        var cut = RenderDraftTree([violence, threats, incitement, privacy]);

        cut.Find("input[data-testid='tree-search']").Input("THREAT");

        cut.WaitForAssertion(
            () => cut.FindAll("[role='treeitem']").Select(row => row.GetAttribute("data-testid")).ShouldBe(["tree-row-HT-1", "tree-row-HT-1.1"]),
            SearchDebounce);
        cut.Find("[data-testid='tree-search-count']").TextContent.Trim().ShouldBe("1 matches");
    }

    [Fact]
    public void Searching_a_large_tree_shows_at_most_two_hundred_matches_and_says_how_many_there_are()
    {
        var cut = RenderDraftTree(Generated(5, 10, 10, 10));

        cut.Find("input[data-testid='tree-search']").Input("category");

        cut.WaitForAssertion(() => cut.FindAll("[role='treeitem']").Count.ShouldBe(200), SearchDebounce);
        cut.Find("[data-testid='tree-search-count']").TextContent.Trim().ShouldBe("Showing 200 of 5555 matches; type more to narrow the search.");
    }

    [Fact]
    public void A_search_without_matches_says_so()
    {
        var cut = RenderDraftTree(Generated(2, 2));

        cut.Find("input[data-testid='tree-search']").Input("nothing like this");

        cut.WaitForAssertion(() => cut.FindAll("[data-testid='tree-no-match']").Count.ShouldBe(1), SearchDebounce);
    }

    [Fact]
    public void Deprecated_categories_are_struck_through_and_marked()
    {
        var old = Node("HT-1", "Old harm", status: CategoryStatus.Deprecated);
        var cut = RenderDraftTree([old, Node("HT-2", "Current harm")]);

        cut.Find("[data-testid='tree-deprecated-HT-1']").TextContent.ShouldBe("deprecated");
        cut.Find("[data-testid='tree-node-HT-1'] span[style*='line-through']").TextContent.ShouldBe("Old harm");
        cut.FindAll("[data-testid='tree-deprecated-HT-2']").ShouldBeEmpty();
    }

    [Fact]
    public void Clicking_a_category_selects_it()
    {
        var nodes = Generated(2);
        var cut = RenderDraftTree(nodes);

        cut.Find("[data-testid='tree-node-HT-2']").Click();

        selections.ShouldBe([nodes[1].Id]);
    }

    [Fact]
    public void A_category_selected_from_outside_is_opened_up_to()
    {
        var nodes = Generated(2, 2, 2);
        var deep = nodes.Single(node => node.Notation == "HT-2.1.2");
        var cut = RenderDraftTree(nodes);

        cut.Render(parameters => parameters.Add(tree => tree.SelectedId, deep.Id));

        cut.Find("[data-testid='tree-row-HT-2.1.2']").GetAttribute("aria-selected").ShouldBe("true");
        cut.FindAll("[data-testid='tree-node-HT-1.1']").ShouldBeEmpty();
    }

    [Fact]
    public void A_selected_category_that_moved_is_still_in_sight_after_the_reload()
    {
        var nodes = Generated(2, 2);
        var moving = nodes.Single(node => node.Notation == "HT-1.2");
        var cut = RenderDraftTree(nodes);
        cut.Render(parameters => parameters.Add(tree => tree.SelectedId, moving.Id));

        var newParent = nodes.Single(node => node.Notation == "HT-2.1");
        var moved = nodes.Select(node => node.Id == moving.Id ? node with { ParentId = newParent.Id } : node).ToList();
        cut.Render(parameters => parameters.Add(tree => tree.Tree, new DraftTreeIndex([.. moved.Where(node => node.Id != moving.Id), moved.Single(node => node.Id == moving.Id)])));

        cut.Find("[data-testid='tree-row-HT-1.2']").GetAttribute("aria-level").ShouldBe("3");
        cut.Find("[data-testid='tree-row-HT-1.2']").GetAttribute("aria-selected").ShouldBe("true");
    }

    [Fact]
    public void Only_curators_can_add_a_top_level_category()
    {
        RenderDraftTree(Generated(1), canEdit: true).FindAll("[data-testid='category-add-root']").Count.ShouldBe(1);
        RenderDraftTree(Generated(1), canEdit: false).FindAll("[data-testid='category-add-root']").ShouldBeEmpty();
    }

    private IRenderedComponent<DraftTree> RenderDraftTree(IReadOnlyList<DraftTreeNode> nodes, bool canEdit = true) =>
        Render<DraftTree>(parameters => parameters
            .Add(tree => tree.Tree, new DraftTreeIndex(nodes))
            .Add(tree => tree.Languages, ["en", "es"])
            .Add(tree => tree.CanEdit, canEdit)
            .Add(tree => tree.SelectedIdChanged, id => selections.Add(id)));
}
