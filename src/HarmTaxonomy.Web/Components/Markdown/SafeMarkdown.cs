using System.Net;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HarmTaxonomy.Web.Components.Markdown;

/// <summary>
/// Turns Markdown that people type (taxonomy definitions, session comments) into HTML that is safe to show to everyone
/// else. Raw HTML is escaped, no syntax lets a writer add attributes, and every link and image is checked on the parsed
/// document, where a URL is one decoded value, rather than in the HTML, where entities and quoting give it many faces.
/// </summary>
public static class SafeMarkdown
{
    /// <summary>Links never open a new window (no target): a writer should not decide how a reader's browser behaves.</summary>
    private const string LinkRel = "nofollow noopener";

    // Only extensions that emit fixed attributes. GenericAttributes ({onclick=...}) and AutoIdentifiers (ids from
    // heading text, which can clobber DOM names) are left out on purpose. Fenced code still turns its info string into
    // class="language-...", and the prefix keeps that from naming any class the app or MudBlazor styles.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .Build();

    /// <summary>The HTML for <paramref name="markdown"/>; empty for null or blank text.</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting (thousands of ">" or "[") this way; a reader still sees the text.
            return $"<p>{WebUtility.HtmlEncode(markdown)}</p>";
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Secure(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            Secure(autolink);
        }

        return document.ToHtml(Pipeline);
    }

    private static void Secure(LinkInline link)
    {
        // Markdig asks this delegate instead of Url when it is set; nothing here should, but the checked Url must win.
        link.GetDynamicUrl = null;
        if (link.IsImage)
        {
            SecureImage(link);
        }
        else if (SafeUrl.IsSafeLink(link.Url))
        {
            link.GetAttributes().AddProperty("rel", LinkRel);
        }
        else
        {
            Unwrap(link);
        }
    }

    /// <summary>
    /// A web image becomes a link to it, labelled with its alt text: an embedded remote image would tell its host who
    /// reads which page (and the Content-Security-Policy blocks it anyway), and data: or other schemes carry content
    /// no one has looked at. Anything that is not an absolute http or https address keeps only its alt text.
    /// </summary>
    private static void SecureImage(LinkInline image)
    {
        if (!SafeUrl.IsSafeImage(image.Url))
        {
            Unwrap(image);
            return;
        }

        image.IsImage = false;
        if (image.FirstChild is null)
        {
            image.AppendChild(new LiteralInline(image.Url ?? ""));
        }

        image.GetAttributes().AddProperty("rel", LinkRel);
    }

    private static void Secure(AutolinkInline autolink)
    {
        if (autolink.IsEmail || SafeUrl.IsSafeLink(autolink.Url))
        {
            autolink.GetAttributes().AddProperty("rel", LinkRel);
        }
        else
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>Puts a refused link's text where the link was, so the words survive without anything to click.</summary>
    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }
}
