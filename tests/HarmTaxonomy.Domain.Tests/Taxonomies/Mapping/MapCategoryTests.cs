using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Mapping;

public sealed class MapCategoryTests
{
    private static MapCategory ToReference(string? relation = MappingRelation.ExactMatch, string? reference = "llama-guard-3", string? code = "S7", string? note = null) =>
        new(Privacy, relation, reference, code, null, note);

    private static MapCategory ToUri(string? uri, string? relation = MappingRelation.CloseMatch) => new(Privacy, relation, null, null, uri, null);

    [Fact]
    public void A_category_maps_to_a_reference_category()
    {
        var scenario = Given(SmallTree());

        var mapped = scenario.WhenApplied(ToReference(reference: " llama-guard-3 ", code: " S7 ", note: " Same scope ")).ThenSingle<CategoryMapped>();

        mapped.Mapping.ShouldBe(new CategoryMapping("exactMatch", "llama-guard-3", "S7", null, "Same scope"));
        mapped.Mapping.TargetKey.ShouldBe("llama-guard-3:S7");
        scenario.Category(Privacy).Mappings.ShouldBe([mapped.Mapping]);
    }

    [Theory]
    [InlineData("https://example.org/harms#privacy")]
    [InlineData("http://example.org/privacy")]
    [InlineData("urn:harm:privacy")]
    public void A_category_maps_to_an_absolute_http_https_or_urn_uri(string uri)
    {
        var mapped = Given(SmallTree()).When(ToUri(uri)).ThenSingle<CategoryMapped>();

        mapped.Mapping.Uri.ShouldBe(uri);
        mapped.Mapping.Reference.ShouldBeNull();
        mapped.Mapping.TargetKey.ShouldBe(uri);
    }

    [Theory]
    [InlineData("ftp://example.org/privacy")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("/harms/privacy")]
    [InlineData("privacy")]
    [InlineData("javascript:alert(1)")]
    public void Other_uris_are_refused(string uri) =>
        Given(SmallTree()).WhenRefused(ToUri(uri)).ThenBreaks("uri");

    [Fact]
    public void A_uri_longer_than_two_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(ToUri("https://example.org/" + new string('p', 2_000))).ThenBreaks("uri");

    [Theory]
    [InlineData(null)]
    [InlineData("sameAs")]
    [InlineData("ExactMatch")]
    [InlineData("broader")]
    public void A_relation_that_is_not_a_SKOS_mapping_relation_is_refused(string? relation) =>
        Given(SmallTree()).WhenRefused(ToReference(relation: relation)).ThenBreaks("relation");

    [Theory]
    [InlineData(MappingRelation.ExactMatch)]
    [InlineData(MappingRelation.CloseMatch)]
    [InlineData(MappingRelation.BroadMatch)]
    [InlineData(MappingRelation.NarrowMatch)]
    [InlineData(MappingRelation.RelatedMatch)]
    public void Every_SKOS_mapping_relation_is_accepted(string relation) =>
        Given(SmallTree()).When(ToReference(relation: relation)).ThenSingle<CategoryMapped>().Mapping.Relation.ShouldBe(relation);

    [Fact]
    public void A_reference_and_a_uri_together_are_refused() =>
        Given(SmallTree()).WhenRefused(new MapCategory(Privacy, "exactMatch", "llama-guard-3", "S7", "https://example.org/p", null)).ThenBreaks("uri");

    [Fact]
    public void Neither_a_reference_nor_a_uri_is_refused() =>
        Given(SmallTree()).WhenRefused(new MapCategory(Privacy, "exactMatch", " ", null, "", null)).ThenBreaks("reference");

    [Fact]
    public void A_reference_without_a_code_is_refused() =>
        Given(SmallTree()).WhenRefused(ToReference(code: null)).ThenBreaks("code");

    [Fact]
    public void A_code_without_a_reference_is_refused() =>
        Given(SmallTree()).WhenRefused(ToReference(reference: "")).ThenBreaks("reference");

    [Fact]
    public void A_note_longer_than_a_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(ToReference(note: new string('n', 1_001))).ThenBreaks("note");

    [Fact]
    public void The_same_mapping_twice_records_nothing() =>
        Given(SmallTree()).And(ToReference()).When(ToReference()).ThenNothing();

    [Fact]
    public void Mapping_the_same_target_with_another_relation_replaces_the_mapping()
    {
        var scenario = Given(SmallTree()).And(ToReference(relation: MappingRelation.ExactMatch)).And(ToUri("urn:harm:privacy"));

        scenario.WhenApplied(ToReference(relation: MappingRelation.BroadMatch)).ThenSingle<CategoryMapped>();

        var mappings = scenario.Category(Privacy).Mappings;
        mappings.Count.ShouldBe(2);
        mappings.Single(mapping => mapping.TargetKey == "llama-guard-3:S7").Relation.ShouldBe(MappingRelation.BroadMatch);
    }

    [Fact]
    public void A_deprecated_category_cannot_be_mapped() =>
        Given(SmallTree()).And(new DeprecateCategory(Privacy, null, "Out of scope"))
            .WhenRefused(ToReference()).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new MapCategory(Id(99), "exactMatch", "llama-guard-3", "S7", null, null)).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
}
