using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Structuring;

public sealed class RenumberCategoryTests
{
    [Fact]
    public void A_new_notation_replaces_the_old_one_which_becomes_free()
    {
        var scenario = Given(SmallTree());

        var renumbered = scenario.WhenApplied(new RenumberCategory(Fraud, " HT-9 ")).ThenSingle<CategoryRenumbered>();

        renumbered.Notation.ShouldBe("HT-9");
        renumbered.PreviousNotation.ShouldBe("HT-3");
        scenario.Category(Fraud).Notation.ShouldBe("HT-9");
        scenario.Draft.NotationOwner("HT-9").ShouldBe(Fraud);
        scenario.Draft.NotationOwner("HT-3").ShouldBeNull();
    }

    [Fact]
    public void The_notation_it_already_has_records_nothing() =>
        Given(SmallTree()).When(new RenumberCategory(Fraud, "HT-3")).ThenNothing();

    [Fact]
    public void Only_changing_the_case_of_its_own_notation_is_allowed() =>
        Given(SmallTree()).When(new RenumberCategory(Fraud, "ht-3")).ThenSingle<CategoryRenumbered>().Notation.ShouldBe("ht-3");

    [Theory]
    [InlineData("HT-2")]
    [InlineData("ht-1.1")]
    public void A_notation_another_category_uses_is_refused_whatever_its_case(string notation) =>
        Given(SmallTree()).WhenRefused(new RenumberCategory(Fraud, notation)).ThenBreaks("notation", TaxonomyRuleKind.Invalid);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HT 3")]
    public void A_malformed_notation_is_refused(string? notation) =>
        Given(SmallTree()).WhenRefused(new RenumberCategory(Fraud, notation)).ThenBreaks("notation");

    [Fact]
    public void A_notation_of_more_than_forty_characters_is_refused()
    {
        Given(SmallTree()).When(new RenumberCategory(Fraud, new string('N', 40))).ThenSingle<CategoryRenumbered>();
        Given(SmallTree()).WhenRefused(new RenumberCategory(Fraud, new string('N', 41))).ThenBreaks("notation");
    }

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new RenumberCategory(Id(99), "HT-9")).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);
}
