using Bunit;
using HarmTaxonomy.Web.Components.Markdown;

namespace HarmTaxonomy.Web.Tests.Components.Markdown;

public sealed class MarkdownViewTests : MudBunitContext
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_written_shows_the_empty_text_muted(string? markdown)
    {
        var cut = Render<MarkdownView>(parameters => parameters
            .Add(p => p.Markdown, markdown)
            .Add(p => p.EmptyText, "No definition yet.")
            .Add(p => p.TestId, "definition"));

        var empty = cut.Find("[data-testid='definition-empty']");
        empty.TextContent.ShouldBe("No definition yet.");
        empty.ClassList.ShouldContain("mud-text-secondary");
        cut.Find("[data-testid='definition']").ClassList.ShouldContain("markdown-body");
    }

    [Fact]
    public void Without_empty_text_nothing_written_shows_nothing()
    {
        var cut = Render<MarkdownView>(parameters => parameters.Add(p => p.TestId, "definition"));

        cut.Find("[data-testid='definition']").TextContent.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void Written_markdown_shows_as_safe_html_in_place_of_the_empty_text()
    {
        var cut = Render<MarkdownView>(parameters => parameters
            .Add(p => p.Markdown, "Some **bold** <script>alert(1)</script>")
            .Add(p => p.EmptyText, "No definition yet.")
            .Add(p => p.TestId, "definition"));

        var body = cut.Find("div.markdown-body[data-testid='definition']");
        body.QuerySelector("strong")!.TextContent.ShouldBe("bold");
        body.QuerySelectorAll("script").ShouldBeEmpty();
        cut.FindAll("[data-testid='definition-empty']").ShouldBeEmpty();
    }
}
