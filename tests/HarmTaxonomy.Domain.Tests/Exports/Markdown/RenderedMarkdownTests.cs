using HarmTaxonomy.Domain.Exports.Markdown;
using Markdig;

namespace HarmTaxonomy.Domain.Tests.Exports.Markdown;

/// <summary>Escaping checked by what a real CommonMark renderer (with GitHub's extensions) makes of it.</summary>
public sealed class RenderedMarkdownTests
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("# Heading")]
    [InlineData("1. first")]
    [InlineData("- item")]
    [InlineData("> quote")]
    [InlineData("*bold* and _em_ and `code` and ~~struck~~")]
    [InlineData("[link](javascript:alert(1)) ![image](x.png)")]
    [InlineData("a | b\n--|--\nc | d")]
    [InlineData("&lt;b&gt; entity")]
    [InlineData("first\n\n    indented code\n---")]
    public void Escaped_text_renders_as_one_plain_paragraph_saying_the_same(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownText.Escape(text), GitHubLike).Trim();

        html.ShouldStartWith("<p>");
        html.ShouldEndWith("</p>");
        var inner = html[3..^4];
        inner.ShouldNotContain("<");
        System.Net.WebUtility.HtmlDecode(inner).ShouldBe(string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void The_whole_document_has_one_heading_per_category_and_no_injected_html()
    {
        var snapshot = ExportFixture.Snapshot("<img src=x onerror=alert(1)>\n# Injected heading");

        var html = Markdig.Markdown.ToHtml(VersionMarkdown.Write(ExportFixture.Release(snapshot)), GitHubLike);

        html.ShouldNotContain("<img");
        html.Split("<h3").Length.ShouldBe(4);
        html.Split("<h4").Length.ShouldBe(2);
        html.ShouldNotContain("<h1 id=\"injected");
    }
}
