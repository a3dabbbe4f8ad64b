using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.ChangingDetails;

public sealed class AddTaxonomyLanguageTests
{
    [Fact]
    public void A_new_language_is_added_after_the_source_language()
    {
        var scenario = Given(Created("en"));

        scenario.WhenApplied(new AddTaxonomyLanguage("es")).ThenSingle<TaxonomyLanguageAdded>().Language.ShouldBe("es");

        scenario.Draft.Languages.ShouldBe(["en", "es"]);
        scenario.Draft.SourceLanguage.ShouldBe("en");
    }

    [Fact]
    public void A_language_the_taxonomy_already_has_records_nothing() =>
        Given(Created("en", "es")).When(new AddTaxonomyLanguage("es")).ThenNothing();

    [Theory]
    [InlineData(null)]
    [InlineData("ES")]
    [InlineData("spanish")]
    public void A_tag_that_is_not_BCP_47_is_refused(string? language) =>
        Given(Created()).WhenRefused(new AddTaxonomyLanguage(language)).ThenBreaks("language");

    [Fact]
    public void A_twenty_first_language_is_refused()
    {
        var twenty = Enumerable.Range(0, 20).Select(index => $"a{(char)('a' + index)}").ToArray();

        Given(Created(twenty)).WhenRefused(new AddTaxonomyLanguage("zz")).ThenBreaks("language");
    }

    [Fact]
    public void A_language_the_taxonomy_already_has_records_nothing_even_at_the_limit()
    {
        var twenty = Enumerable.Range(0, 20).Select(index => $"a{(char)('a' + index)}").ToArray();

        Given(Created(twenty)).When(new AddTaxonomyLanguage("ab")).ThenNothing();
    }
}
