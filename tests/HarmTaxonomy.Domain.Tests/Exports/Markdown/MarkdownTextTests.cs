using HarmTaxonomy.Domain.Exports.Markdown;

namespace HarmTaxonomy.Domain.Tests.Exports.Markdown;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("12. item", "12\\. item")]
    [InlineData("3) item", "3\\) item")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("[click](javascript:evil)", "\\[click\\](javascript:evil)")]
    [InlineData("![img](x.png)", "\\!\\[img\\](x.png)")]
    [InlineData("*bold* _em_ `code`", "\\*bold\\* \\_em\\_ \\`code\\`")]
    [InlineData("a | b ~~c~~", "a \\| b \\~\\~c\\~\\~")]
    [InlineData("&lt; entity", "\\&lt; entity")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Markdown_syntax_in_user_text_is_escaped(string text, string expected) =>
        MarkdownText.Escape(text).ShouldBe(expected);

    [Fact]
    public void Line_breaks_cannot_start_a_new_block()
    {
        MarkdownText.Escape("first\n\n# second\r\n---").ShouldBe("first \\# second ---");
    }

    [Fact]
    public void Ordinary_prose_stays_readable()
    {
        MarkdownText.Escape("Scams, e.g. fake-prize messages (2024).").ShouldBe("Scams, e.g. fake-prize messages (2024).");
    }

    [Fact]
    public void Missing_text_is_empty()
    {
        MarkdownText.Escape(null).ShouldBe("");
        MarkdownText.Escape("  \n ").ShouldBe("");
    }
}
