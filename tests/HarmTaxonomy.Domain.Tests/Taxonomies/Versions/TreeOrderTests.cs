using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class TreeOrderTests
{
    private sealed record Node(Guid Id, Guid? Parent, int Position, string Notation);

    private static IReadOnlyList<string> Sort(params Node[] nodes) =>
        [.. TreeOrder.Sort(nodes, node => node.Id, node => node.Parent, node => node.Position, node => node.Notation).Select(node => node.Notation)];

    [Fact]
    public void Parents_come_before_children_and_siblings_by_position_then_notation()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), a1 = Guid.NewGuid();

        Sort(
            new Node(Guid.NewGuid(), a1, 0, "A.1.a"),
            new Node(b, null, 1, "B"),
            new Node(Guid.NewGuid(), a, 1, "A.3"),
            new Node(a1, a, 0, "A.1"),
            new Node(Guid.NewGuid(), a, 1, "A.2"),
            new Node(a, null, 0, "A"))
            .ShouldBe(["A", "A.1", "A.1.a", "A.2", "A.3", "B"]);
    }

    [Fact]
    public void A_node_whose_parent_is_missing_is_kept_at_the_top() =>
        Sort(new Node(Guid.NewGuid(), Guid.NewGuid(), 0, "Orphan"), new Node(Guid.NewGuid(), null, 1, "Root"))
            .ShouldBe(["Orphan", "Root"]);
}
