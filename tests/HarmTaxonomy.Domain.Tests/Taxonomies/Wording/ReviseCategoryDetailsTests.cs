using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Wording;

public sealed class ReviseCategoryDetailsTests
{
    [Fact]
    public void Examples_alternative_labels_and_guidance_are_recorded_trimmed_without_blanks()
    {
        var scenario = Given(SmallTree());

        var revised = scenario.WhenApplied(new ReviseCategoryDetails(Privacy, "en", [" Doxxing a neighbour ", "", "  "], ["Doxxing"], " Severe when addresses are shared. "))
            .ThenSingle<CategoryDetailsRevised>();

        revised.Examples.ShouldBe(["Doxxing a neighbour"]);
        revised.AltLabels.ShouldBe(["Doxxing"]);
        revised.SeverityGuidance.ShouldBe("Severe when addresses are shared.");
        var category = scenario.Category(Privacy);
        category.Examples["en"].ShouldBe(["Doxxing a neighbour"]);
        category.AltLabels["en"].ShouldBe(["Doxxing"]);
        category.SeverityGuidance["en"].ShouldBe("Severe when addresses are shared.");
    }

    [Fact]
    public void The_same_details_again_record_nothing() =>
        Given(SmallTree())
            .And(new ReviseCategoryDetails(Privacy, "en", ["Doxxing"], [], "Severe."))
            .When(new ReviseCategoryDetails(Privacy, "en", ["Doxxing "], null, "Severe."))
            .ThenNothing();

    [Fact]
    public void No_details_on_a_category_without_any_records_nothing() =>
        Given(SmallTree()).When(new ReviseCategoryDetails(Privacy, "en", null, null, null)).ThenNothing();

    [Fact]
    public void Empty_details_clear_them()
    {
        var scenario = Given(SmallTree()).And(new ReviseCategoryDetails(Privacy, "en", ["Doxxing"], ["Dox"], "Severe."));

        scenario.WhenApplied(new ReviseCategoryDetails(Privacy, "en", [], [], "")).ThenSingle<CategoryDetailsRevised>().SeverityGuidance.ShouldBeNull();

        var category = scenario.Category(Privacy);
        category.Examples.ShouldBeEmpty();
        category.AltLabels.ShouldBeEmpty();
        category.SeverityGuidance.ShouldBeEmpty();
    }

    [Fact]
    public void At_most_thirty_examples_are_accepted()
    {
        var thirty = Enumerable.Range(1, 30).Select(number => $"Example {number}").ToArray();

        Given(SmallTree()).When(new ReviseCategoryDetails(Privacy, "en", thirty, null, null)).ThenSingle<CategoryDetailsRevised>();
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "en", [.. thirty, "One more"], null, null)).ThenBreaks("examples");
    }

    [Fact]
    public void An_example_longer_than_a_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "en", [new string('e', 1_001)], null, null)).ThenBreaks("examples");

    [Fact]
    public void At_most_twenty_alternative_labels_of_120_characters_are_accepted()
    {
        var twentyOne = Enumerable.Range(1, 21).Select(number => $"Label {number}").ToArray();

        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "en", null, twentyOne, null)).ThenBreaks("altLabels");
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "en", null, [new string('a', 121)], null)).ThenBreaks("altLabels");
    }

    [Fact]
    public void Severity_guidance_longer_than_ten_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "en", null, null, new string('g', 10_001))).ThenBreaks("severityGuidance");

    [Fact]
    public void An_unknown_category_is_not_found() =>
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Id(99), "en", ["x"], null, null)).ThenBreaks("categoryId", TaxonomyRuleKind.NotFound);

    [Fact]
    public void A_language_the_taxonomy_lacks_is_refused() =>
        Given(SmallTree()).WhenRefused(new ReviseCategoryDetails(Privacy, "de", ["x"], null, null)).ThenBreaks("language");
}
