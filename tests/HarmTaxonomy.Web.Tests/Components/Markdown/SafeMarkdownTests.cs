using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HarmTaxonomy.Web.Components.Markdown;

namespace HarmTaxonomy.Web.Tests.Components.Markdown;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Nothing_written_renders_as_nothing(string? markdown) => SafeMarkdown.ToHtml(markdown).ShouldBe("");

    [Fact]
    public void A_script_tag_is_shown_as_text_not_run()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert('x')</script>");

        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public void Raw_html_with_an_event_handler_is_shown_as_text()
    {
        var html = SafeMarkdown.ToHtml("<img src=x onerror=alert(1)>\n\ntext <b onmouseover=\"alert(1)\">bold</b>");

        html.ShouldNotContain("<img");
        html.ShouldNotContain("<b ");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](< javascript:alert(1)>)")]
    [InlineData("[click](<\tjavascript:alert(1)>)")]
    [InlineData("[click](&#32;javascript:alert(1))")]
    [InlineData("[click](&#1;javascript:alert(1))")]
    [InlineData("[click](java&#9;script:alert(1))")]
    [InlineData("[click](java&#10;script:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](javascript&colon;alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void A_link_to_a_script_keeps_its_words_but_loses_its_address(string markdown)
    {
        var body = Parse(SafeMarkdown.ToHtml(markdown));

        body.QuerySelectorAll("[href]").ShouldBeEmpty();
        body.TextContent.ShouldContain("click");
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<data:text/html,hi>")]
    public void An_autolink_with_a_script_scheme_is_plain_text(string markdown)
    {
        var body = Parse(SafeMarkdown.ToHtml(markdown));

        body.QuerySelectorAll("a, [href]").ShouldBeEmpty();
        body.TextContent.Trim().ShouldBe(markdown[1..^1]);
    }

    [Theory]
    [InlineData("[site](http://example.org/a)", "http://example.org/a")]
    [InlineData("[site](https://example.org/a?b=c#d)", "https://example.org/a?b=c&amp;d")]
    [InlineData("<https://example.org>", "https://example.org")]
    [InlineData("See www.example.org now", "https://www.example.org")]
    [InlineData("See https://example.org/x now", "https://example.org/x")]
    public void A_web_link_keeps_its_address_and_tells_search_engines_and_the_new_page_nothing(string markdown, string hrefStart)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldContain("rel=\"nofollow noopener\"");
        html.ShouldNotContain("target=");
        html.ShouldContain($"href=\"{hrefStart.Split('&')[0]}");
    }

    [Theory]
    [InlineData("[mail](mailto:ana@example.org)", "mailto:ana@example.org")]
    [InlineData("<ana@example.org>", "mailto:ana@example.org")]
    [InlineData("[below](#scope)", "#scope")]
    [InlineData("[other](/taxonomies/abc)", "/taxonomies/abc")]
    [InlineData("[other](notes.md)", "notes.md")]
    public void Mail_relative_and_fragment_links_are_kept(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldContain($"href=\"{href}\"");
        html.ShouldContain("rel=\"nofollow noopener\"");
    }

    [Fact]
    public void A_web_image_becomes_a_link_to_it_so_no_host_learns_who_reads_the_page()
    {
        var html = SafeMarkdown.ToHtml("![a diagram](https://example.org/d.png) and ![](https://example.org/e.png)");

        html.ShouldNotContain("<img");
        html.ShouldContain("<a href=\"https://example.org/d.png\" rel=\"nofollow noopener\">a diagram</a>");
        html.ShouldContain(">https://example.org/e.png</a>");
    }

    [Theory]
    [InlineData("![tracker](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("![tracker](DATA:image/svg+xml,<svg/onload=alert(1)>)")]
    [InlineData("![tracker](javascript:alert(1))")]
    [InlineData("![tracker](/account/logout)")]
    public void An_image_from_anywhere_but_the_web_is_dropped_leaving_its_alt_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldNotContain("<img");
        html.ShouldNotContain("src=");
        html.ShouldContain("tracker");
    }

    [Fact]
    public void Generic_attribute_syntax_adds_no_attribute()
    {
        var body = Parse(SafeMarkdown.ToHtml("# Title {onclick=alert(1)}\n\n[link](https://example.org){onclick=\"alert(1)\" .big #x}"));

        body.QuerySelectorAll("*").SelectMany(element => element.Attributes).Select(attribute => attribute.Name)
            .ShouldBe(["href", "rel"], ignoreOrder: true);
        body.QuerySelector("h1")!.TextContent.ShouldBe("Title {onclick=alert(1)}");
    }

    [Fact]
    public void Headings_lists_emphasis_and_tables_render()
    {
        var html = SafeMarkdown.ToHtml("""
            ## Scope

            Content that *demeans* a **group**, ~~or not~~.

            - first
            - second

            1. one

            - [x] done

            | Term | Meaning |
            | --- | --- |
            | slur | a demeaning word |
            """);

        html.ShouldContain("<h2>Scope</h2>");
        html.ShouldContain("<em>demeans</em>");
        html.ShouldContain("<strong>group</strong>");
        html.ShouldContain("<del>or not</del>");
        html.ShouldContain("<ul>");
        html.ShouldContain("<li>second</li>");
        html.ShouldContain("<ol>");
        html.ShouldContain("type=\"checkbox\"");
        html.ShouldContain("<table>");
        html.ShouldContain("<th>Term</th>");
        html.ShouldContain("<td>a demeaning word</td>");
    }

    [Fact]
    public void A_code_block_names_its_language_only_behind_a_prefix()
    {
        var body = Parse(SafeMarkdown.ToHtml("```mud-button\" onclick=\"alert(1)\nx\n```"));

        var code = body.QuerySelector("pre > code")!;
        code.Attributes.Select(attribute => attribute.Name).ShouldBe(["class"]);
        code.ClassList.ShouldBe(["language-mud-button\""]);
    }

    [Fact]
    public void Headings_get_no_ids_from_their_text()
    {
        SafeMarkdown.ToHtml("# location").ShouldBe("<h1>location</h1>\n");
    }

    [Fact]
    public void Absurdly_nested_input_is_shown_as_escaped_text_instead_of_failing()
    {
        var markdown = new string('>', 20_000) + " <b>deep</b>";

        var body = Parse(SafeMarkdown.ToHtml(markdown));

        body.QuerySelectorAll("b, blockquote").ShouldBeEmpty();
        body.TextContent.ShouldBe(markdown);
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;
}
