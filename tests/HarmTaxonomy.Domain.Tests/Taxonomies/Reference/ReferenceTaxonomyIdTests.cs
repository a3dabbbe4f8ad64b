using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

public sealed class ReferenceTaxonomyIdTests
{
    [Fact]
    public void The_same_slug_always_gives_the_same_version_5_id()
    {
        var first = ReferenceTaxonomyId.FromSlug("llama-guard-3");
        var second = ReferenceTaxonomyId.FromSlug("llama-guard-3");

        first.ShouldBe(second);
        first.Version.ShouldBe(5);
    }

    [Fact]
    public void Every_shipped_slug_gets_its_own_id()
    {
        var ids = ReferenceTaxonomySeed.All.Select(taxonomy => ReferenceTaxonomyId.FromSlug(taxonomy.Slug)).ToList();

        ids.Distinct().Count().ShouldBe(ids.Count);
    }
}
