using HarmTaxonomy.Web.Features.Taxonomies.Listing;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Listing;

public sealed class SlugSuggestionTests
{
    [Theory]
    [InlineData("Community Harms", "community-harms")]
    [InlineData("  Daños en línea: niñez & juventud!  ", "danos-en-linea-ninez-juventud")]
    [InlineData("Harms 2026 -- v2", "harms-2026-v2")]
    [InlineData("", "")]
    public void A_title_becomes_lowercase_words_joined_by_hyphens(string title, string slug) =>
        SlugSuggestion.From(title).ShouldBe(slug);

    [Fact]
    public void A_long_title_is_cut_to_sixty_characters_without_a_trailing_hyphen()
    {
        var slug = SlugSuggestion.From(string.Join(' ', Enumerable.Repeat("harm", 20)));

        slug.Length.ShouldBeLessThanOrEqualTo(60);
        slug.ShouldNotEndWith("-");
    }

    [Fact]
    public void Languages_are_read_in_order_from_a_comma_separated_list()
    {
        LanguageList.Parse(" en, es ,pt-BR,,").ShouldBe(["en", "es", "pt-BR"]);
        LanguageList.Parse(null).ShouldBeEmpty();
    }
}
