using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

public sealed class ReferenceCategoryTreeTests
{
    [Fact]
    public void Categories_nest_under_their_parents_in_publisher_order()
    {
        ReferenceCategory[] categories =
        [
            new("B", "Second root", null),
            new("A", "First root", null),
            new("A.2", "Child two", "A"),
            new("A.1", "Child one", "A"),
            new("A.1.a", "Grandchild", "A.1"),
        ];

        var roots = ReferenceCategoryTree.Build(categories);

        roots.Select(root => root.Code).ShouldBe(["B", "A"]);
        roots[1].Children.Select(child => child.Code).ShouldBe(["A.2", "A.1"]);
        roots[1].Children[1].Children.ShouldHaveSingleItem().Code.ShouldBe("A.1.a");
        roots[1].DescendantCount.ShouldBe(3);
        roots[0].DescendantCount.ShouldBe(0);
    }

    [Fact]
    public void A_category_whose_parent_is_missing_is_shown_at_the_top_rather_than_lost()
    {
        var roots = ReferenceCategoryTree.Build([new("X", "Orphan", "missing"), new("Y", "Root", null)]);

        roots.Select(root => root.Code).ShouldBe(["X", "Y"]);
    }

    [Fact]
    public void Every_shipped_category_appears_exactly_once_in_its_tree()
    {
        foreach (var taxonomy in ReferenceTaxonomySeed.All)
        {
            var roots = ReferenceCategoryTree.Build(taxonomy.Categories);

            (roots.Count + roots.Sum(root => root.DescendantCount)).ShouldBe(taxonomy.Categories.Count, taxonomy.Slug);
        }
    }
}
