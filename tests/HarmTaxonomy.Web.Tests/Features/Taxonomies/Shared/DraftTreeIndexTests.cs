using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using static HarmTaxonomy.Web.Tests.Features.Taxonomies.DraftData;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

public sealed class DraftTreeIndexTests
{
    private static readonly DraftTreeIndex Large = new(Generated(5, 10, 10, 10));

    [Fact]
    public void Only_top_level_categories_are_visible_until_one_is_expanded()
    {
        var index = new DraftTreeIndex(Generated(3, 2, 2));

        index.VisibleRows(new HashSet<Guid>()).Select(row => row.Node.Notation).ShouldBe(["HT-1", "HT-2", "HT-3"]);

        var second = index.Nodes.Single(node => node.Notation == "HT-2").Id;
        index.VisibleRows(new HashSet<Guid> { second }).Select(row => (row.Node.Notation, row.Depth))
            .ShouldBe([("HT-1", 0), ("HT-2", 0), ("HT-2.1", 1), ("HT-2.2", 1), ("HT-3", 0)]);
    }

    [Fact]
    public void A_search_shows_each_match_under_its_ancestors_in_tree_order()
    {
        var index = new DraftTreeIndex(Generated(3, 2, 2));

        var search = index.Search("category ht-2.1.2", "en", 200);

        search.Rows.Select(row => (row.Node.Notation, row.Match)).ShouldBe([("HT-2", false), ("HT-2.1", false), ("HT-2.1.2", true)]);
        search.MatchCount.ShouldBe(1);
    }

    [Fact]
    public void A_search_reads_labels_in_the_chosen_language()
    {
        var violence = Node("HT-1", "Violence", spanish: "Violencia");
        var threats = Node("HT-1.1", "Threats", violence, spanish: "Amenazas");
        var index = new DraftTreeIndex([violence, threats]);

        index.Search("amenaza", "es", 200).Rows.Select(row => row.Node.Notation).ShouldBe(["HT-1", "HT-1.1"]);
        index.Search("amenaza", "en", 200).MatchCount.ShouldBe(0);
    }

    [Fact]
    public void A_search_with_many_matches_shows_only_the_first_ones_and_counts_them_all()
    {
        var search = Large.Search("category", "en", 200);

        search.MatchCount.ShouldBe(Large.Count);
        search.ShownCount.ShouldBe(200);
        search.IsCapped.ShouldBeTrue();
        search.Rows.Count.ShouldBe(200);
        search.Rows[0].Node.Notation.ShouldBe("HT-1");
    }

    [Fact]
    public void Expand_all_opens_every_category_in_a_small_tree()
    {
        var index = new DraftTreeIndex(Generated(3, 2, 2));

        index.ExpandAllIsCapped.ShouldBeFalse();
        index.VisibleRows(index.ExpandAll()).Count.ShouldBe(index.Count);
    }

    [Fact]
    public void Expand_all_in_a_large_tree_opens_only_the_first_two_levels()
    {
        Large.Count.ShouldBe(5555);
        Large.ExpandAllIsCapped.ShouldBeTrue();

        var rows = Large.VisibleRows(Large.ExpandAll());

        rows.Count.ShouldBe(5 + 50 + 500);
        rows.Max(row => row.Depth).ShouldBe(2);
    }

    [Fact]
    public void A_category_is_in_its_own_subtree_and_in_its_ancestors_subtrees_only()
    {
        var index = new DraftTreeIndex(Generated(2, 2, 2));
        Guid Id(string notation) => index.Nodes.Single(node => node.Notation == notation).Id;

        index.IsInSubtree(Id("HT-1.2.1"), Id("HT-1")).ShouldBeTrue();
        index.IsInSubtree(Id("HT-1"), Id("HT-1")).ShouldBeTrue();
        index.IsInSubtree(Id("HT-1"), Id("HT-1.2")).ShouldBeFalse();
        index.IsInSubtree(Id("HT-2.1"), Id("HT-1")).ShouldBeFalse();
        index.AncestorsOf(Id("HT-1.2.1")).ShouldBe([Id("HT-1.2"), Id("HT-1")]);
    }
}
