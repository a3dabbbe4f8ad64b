using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Mapping;

public sealed class RemoveMappingTests
{
    private static TaxonomyScenario Mapped() => Given(SmallTree())
        .And(new MapCategory(Privacy, MappingRelation.ExactMatch, "llama-guard-3", "S7", null, null))
        .And(new MapCategory(Privacy, MappingRelation.RelatedMatch, null, null, "urn:harm:privacy", null));

    [Fact]
    public void A_mapping_is_removed_by_its_target()
    {
        var scenario = Mapped();

        scenario.WhenApplied(new RemoveMapping(Privacy, "llama-guard-3:S7", "Wrong code")).ThenSingle<CategoryMappingRemoved>().TargetKey.ShouldBe("llama-guard-3:S7");

        scenario.Category(Privacy).Mappings.ShouldHaveSingleItem().Uri.ShouldBe("urn:harm:privacy");
    }

    [Fact]
    public void A_uri_mapping_is_removed_by_its_uri()
    {
        var scenario = Mapped();

        scenario.And(new RemoveMapping(Privacy, "urn:harm:privacy"));

        scenario.Category(Privacy).Mappings.ShouldHaveSingleItem().Code.ShouldBe("S7");
    }

    [Theory]
    [InlineData("llama-guard-3:S8")]
    [InlineData(null)]
    public void A_target_the_category_is_not_mapped_to_is_not_found(string? target) =>
        Mapped().WhenRefused(new RemoveMapping(Privacy, target)).ThenBreaks("target", TaxonomyRuleKind.NotFound);

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Mapped().WhenRefused(new RemoveMapping(Id(99), "llama-guard-3:S7")).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
}
