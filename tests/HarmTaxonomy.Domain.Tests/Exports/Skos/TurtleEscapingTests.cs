using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class TurtleEscapingTests
{
    [Fact]
    public void Quotes_and_backslashes_in_a_string_are_escaped()
    {
        TurtleEscaping.QuotedString("say \"no\" \\ C:\\temp").ShouldBe("\"say \\\"no\\\" \\\\ C:\\\\temp\"");
    }

    [Fact]
    public void Line_breaks_and_tabs_use_short_escapes_and_other_controls_use_u_escapes()
    {
        TurtleEscaping.QuotedString("a\nb\r\nc\td\u0001e\u001Ff\u007F").ShouldBe("\"a\\nb\\r\\nc\\td\\u0001e\\u001Ff\\u007F\"");
    }

    [Fact]
    public void Text_beyond_ascii_and_emoji_are_kept_as_they_are()
    {
        TurtleEscaping.QuotedString("Acoso — niños, 嫌がらせ 😠").ShouldBe("\"Acoso — niños, 嫌がらせ 😠\"");
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_is_refused_rather_than_mangled()
    {
        Should.Throw<ArgumentException>(() => TurtleEscaping.QuotedString("broken \uD83D here"));
    }

    [Fact]
    public void Characters_an_iri_reference_cannot_hold_are_written_as_u_escapes()
    {
        TurtleEscaping.Iri("https://x.org/a b<c>\"d\"{e}|f^g`h\\i\tj")
            .ShouldBe("<https://x.org/a\\u0020b\\u003Cc\\u003E\\u0022d\\u0022\\u007Be\\u007D\\u007Cf\\u005Eg\\u0060h\\u005Ci\\u0009j>");
    }

    [Fact]
    public void An_iri_keeps_its_non_ascii_characters()
    {
        TurtleEscaping.Iri("https://x.org/catégorie/😠").ShouldBe("<https://x.org/catégorie/😠>");
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("es-419", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("", false)]
    [InlineData("en_US", false)]
    [InlineData("-en", false)]
    [InlineData("en-", false)]
    [InlineData("1en", false)]
    [InlineData("en us", false)]
    public void Language_tags_follow_the_turtle_grammar(string tag, bool valid)
    {
        LanguageTag.IsValid(tag).ShouldBe(valid);
    }

    [Fact]
    public void A_literal_with_an_invalid_language_tag_cannot_be_made()
    {
        Should.Throw<ArgumentException>(() => RdfLiteral.Tagged("hola", "es_ES"));
    }

    [Theory]
    [InlineData("prefLabel", true)]
    [InlineData("versionIRI", true)]
    [InlineData("a-b_c1", true)]
    [InlineData("", false)]
    [InlineData("-x", false)]
    [InlineData("a b", false)]
    [InlineData("a.b", false)]
    [InlineData("a/b", false)]
    public void Only_plain_local_names_are_written_after_a_prefix(string localName, bool simple)
    {
        TurtleEscaping.IsSimpleLocalName(localName).ShouldBe(simple);
    }
}
