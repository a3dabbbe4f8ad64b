using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Wording;

public sealed class SetCategoryModalitiesTests
{
    [Fact]
    public void Modalities_are_recorded_once_each_in_canonical_order()
    {
        var scenario = Given(SmallTree());

        scenario.WhenApplied(new SetCategoryModalities(Privacy, ["agentic", "image", "text", "image"]))
            .ThenSingle<CategoryModalitiesSet>().Modalities.ShouldBe(["text", "image", "agentic"]);

        scenario.Category(Privacy).Modalities.ShouldBe(["text", "image", "agentic"]);
    }

    [Fact]
    public void The_same_set_in_another_order_records_nothing() =>
        Given(SmallTree())
            .And(new SetCategoryModalities(Privacy, ["image", "text"]))
            .When(new SetCategoryModalities(Privacy, ["text", "image", "text"]))
            .ThenNothing();

    [Fact]
    public void No_modalities_at_all_is_a_change() =>
        Given(SmallTree()).When(new SetCategoryModalities(Privacy, null)).ThenSingle<CategoryModalitiesSet>().Modalities.ShouldBeEmpty();

    [Fact]
    public void An_unknown_modality_is_refused() =>
        Given(SmallTree()).WhenRefused(new SetCategoryModalities(Privacy, ["Text"])).ThenBreaks("modalities");

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new SetCategoryModalities(Id(99), ["text"])).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
}
