using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Creating;

public sealed class CreateTaxonomyTests
{
    private static CreateTaxonomy Create(
        string? slug = "open-harms", string? title = "Open harms", string? licence = null, string[]? languages = null, string? description = null) =>
        new(TaxonomyId, slug, title, description, licence, languages ?? ["en"]);

    [Fact]
    public void Creating_records_the_taxonomy_with_who_and_when()
    {
        var created = Create(title: "  Open harms  ", description: " A scheme. ").Decide(Curator, Now);

        created.TaxonomyId.ShouldBe(TaxonomyId);
        created.Slug.ShouldBe("open-harms");
        created.Title.ShouldBe("Open harms");
        created.Description.ShouldBe("A scheme.");
        created.Languages.ShouldBe(["en"]);
        created.By.ShouldBe(Curator);
        created.At.ShouldBe(Now);
    }

    [Fact]
    public void The_first_language_is_the_source_language()
    {
        var created = Create(languages: ["es", "en", "pt-BR"]).Decide(Curator, Now);

        var draft = TaxonomyDraft.Start(created, 1);

        draft.SourceLanguage.ShouldBe("es");
        draft.Languages.ShouldBe(["es", "en", "pt-BR"]);
        draft.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("llama-guard-3")]
    [InlineData("0-9")]
    public void Slugs_of_lowercase_letters_digits_and_hyphens_are_accepted(string slug) =>
        Create(slug: slug).Decide(Curator, Now).Slug.ShouldBe(slug);

    [Theory]
    [InlineData(null)]
    [InlineData("ab")]
    [InlineData("Open-harms")]
    [InlineData("open harms")]
    [InlineData("open_harms")]
    public void Malformed_slugs_are_refused(string? slug) =>
        Should.Throw<TaxonomyRuleException>(() => Create(slug: slug).Decide(Curator, Now)).ThenBreaks("slug");

    [Fact]
    public void A_slug_of_sixty_characters_is_accepted_and_of_sixty_one_refused()
    {
        Create(slug: new string('a', 60)).Decide(Curator, Now).Slug.Length.ShouldBe(60);

        Should.Throw<TaxonomyRuleException>(() => Create(slug: new string('a', 61)).Decide(Curator, Now)).ThenBreaks("slug");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_title_is_required(string? title) =>
        Should.Throw<TaxonomyRuleException>(() => Create(title: title).Decide(Curator, Now)).ThenBreaks("title");

    [Fact]
    public void A_title_of_more_than_200_characters_is_refused()
    {
        Create(title: new string('t', 200)).Decide(Curator, Now).Title.Length.ShouldBe(200);

        Should.Throw<TaxonomyRuleException>(() => Create(title: new string('t', 201)).Decide(Curator, Now))
            .ThenBreaks("title").Message.ShouldContain("200");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_licence_the_taxonomy_is_CC_BY_4_0(string? licence) =>
        Create(licence: licence).Decide(Curator, Now).Licence.ShouldBe("CC-BY-4.0");

    [Theory]
    [InlineData("CC0-1.0")]
    [InlineData("CC-BY-SA-4.0")]
    [InlineData("GPL-2.0+")]
    public void SPDX_licence_ids_are_accepted(string licence) =>
        Create(licence: licence).Decide(Curator, Now).Licence.ShouldBe(licence);

    [Theory]
    [InlineData("CC BY 4.0")]
    [InlineData("-MIT")]
    [InlineData("MIT OR Apache-2.0")]
    public void Licences_that_are_not_SPDX_ids_are_refused(string licence) =>
        Should.Throw<TaxonomyRuleException>(() => Create(licence: licence).Decide(Curator, Now)).ThenBreaks("licence");

    [Fact]
    public void At_least_one_language_is_required()
    {
        Should.Throw<TaxonomyRuleException>(() => Create(languages: []).Decide(Curator, Now)).ThenBreaks("languages");
        Should.Throw<TaxonomyRuleException>(() => new CreateTaxonomy(TaxonomyId, "open-harms", "Open harms", null, null, null).Decide(Curator, Now))
            .ThenBreaks("languages");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("ast")]
    public void BCP_47_language_tags_are_accepted(string language) =>
        Create(languages: [language]).Decide(Curator, Now).Languages.ShouldBe([language]);

    [Theory]
    [InlineData("EN")]
    [InlineData("en_US")]
    [InlineData("english")]
    [InlineData("pt-br")]
    [InlineData("")]
    public void Language_tags_that_are_not_BCP_47_are_refused(string language) =>
        Should.Throw<TaxonomyRuleException>(() => Create(languages: ["en", language]).Decide(Curator, Now))
            .ThenBreaks("languages").Message.ShouldContain("BCP-47");

    [Fact]
    public void A_language_named_twice_is_refused() =>
        Should.Throw<TaxonomyRuleException>(() => Create(languages: ["en", "es", "en"]).Decide(Curator, Now))
            .ThenBreaks("languages").Message.ShouldBe("Each language once.");

    [Fact]
    public void More_than_twenty_languages_are_refused()
    {
        var languages = Enumerable.Range(0, 21).Select(index => $"a{(char)('a' + index)}").ToArray();

        Should.Throw<TaxonomyRuleException>(() => Create(languages: languages).Decide(Curator, Now)).ThenBreaks("languages");
        Create(languages: languages[..20]).Decide(Curator, Now).Languages.Count.ShouldBe(20);
    }

    [Fact]
    public void A_description_longer_than_ten_thousand_characters_is_refused() =>
        Should.Throw<TaxonomyRuleException>(() => Create(description: new string('d', 10_001)).Decide(Curator, Now)).ThenBreaks("description");
}
