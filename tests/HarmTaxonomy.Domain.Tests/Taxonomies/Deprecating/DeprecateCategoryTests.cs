using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Deprecating;

public sealed class DeprecateCategoryTests
{
    [Fact]
    public void A_category_is_deprecated_with_its_replacements_and_stays_in_the_scheme()
    {
        var scenario = Given(SmallTree());

        var deprecated = scenario.WhenApplied(new DeprecateCategory(Incitement, [Threats, Fraud, Threats], " Overlaps ")).ThenSingle<CategoryDeprecated>();

        deprecated.ReplacedBy.ShouldBe([Threats, Fraud]);
        deprecated.Reason.ShouldBe("Overlaps");
        var incitement = scenario.Category(Incitement);
        incitement.Status.ShouldBe(CategoryStatus.Deprecated);
        incitement.Deprecation.ShouldNotBeNull();
        incitement.Deprecation.Kind.ShouldBe(DeprecationKind.Deprecated);
        incitement.Deprecation.Reason.ShouldBe("Overlaps");
        incitement.Deprecation.ReplacedBy.ShouldBe([Threats, Fraud]);
        scenario.ChildrenOf(Violence).ShouldContain(Incitement);
    }

    [Fact]
    public void A_category_may_be_deprecated_without_a_replacement()
    {
        var scenario = Given(SmallTree());

        scenario.WhenApplied(new DeprecateCategory(Fraud, null, "Out of scope")).ThenSingle<CategoryDeprecated>().ReplacedBy.ShouldBeEmpty();

        scenario.Category(Fraud).Deprecation!.ReplacedBy.ShouldBeEmpty();
    }

    [Fact]
    public void A_replacement_that_is_not_in_the_taxonomy_is_refused() =>
        Given(SmallTree()).WhenRefused(new DeprecateCategory(Fraud, [Id(99)], "Gone")).ThenBreaks("replacedBy");

    [Fact]
    public void A_category_cannot_replace_itself() =>
        Given(SmallTree()).WhenRefused(new DeprecateCategory(Fraud, [Fraud], "Circular")).ThenBreaks("replacedBy").Message.ShouldContain("itself");

    [Fact]
    public void A_deprecated_replacement_is_refused() =>
        Given(SmallTree()).And(new DeprecateCategory(Privacy, null, "Out of scope"))
            .WhenRefused(new DeprecateCategory(Fraud, [Privacy], "Moved")).ThenBreaks("replacedBy").Message.ShouldContain("HT-2");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_reason_is_required(string? reason) =>
        Given(SmallTree()).WhenRefused(new DeprecateCategory(Fraud, [], reason)).ThenBreaks("reason");

    [Fact]
    public void A_reason_of_more_than_two_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(new DeprecateCategory(Fraud, [], new string('r', 2_001))).ThenBreaks("reason");

    [Fact]
    public void A_deprecated_category_cannot_be_deprecated_again() =>
        Given(SmallTree()).And(new DeprecateCategory(Fraud, null, "Out of scope"))
            .WhenRefused(new DeprecateCategory(Fraud, null, "Still out of scope")).ThenBreaks("categoryId", TaxonomyRuleKind.Conflict);

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new DeprecateCategory(Id(99), null, "Gone")).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
}
