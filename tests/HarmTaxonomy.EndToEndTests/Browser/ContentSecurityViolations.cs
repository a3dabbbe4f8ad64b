using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace HarmTaxonomy.EndToEndTests.Browser;

/// <summary>
/// What Chromium reports as content security policy violations on one page: every <c>securitypolicyviolation</c>
/// event (passed to .NET through an exposed function, so reports survive full page loads) and every console error
/// Chromium writes for a refused resource. <see cref="BrowserApp"/> attaches one to each page it opens.
/// </summary>
public sealed class ContentSecurityViolations
{
    private const string ReportFunction = "__harmTaxonomyReportCspViolation";

    // Registered before any page script runs, so violations during the first render are caught too.
    private const string ListenerScript =
        "document.addEventListener('securitypolicyviolation', e => window." + ReportFunction + "(" +
        "`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} on ${e.documentURI}` + " +
        "(e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '')), true);";

    private static readonly ConditionalWeakTable<IPage, ContentSecurityViolations> ByPage = [];

    private readonly ConcurrentQueue<string> reports = new();

    private ContentSecurityViolations()
    {
    }

    public static async Task WatchAsync(IPage page)
    {
        var violations = new ContentSecurityViolations();
        await page.ExposeFunctionAsync<string>(ReportFunction, report => violations.reports.Enqueue("event: " + report));
        await page.AddInitScriptAsync(ListenerScript);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.reports.Enqueue("console: " + message.Text);
            }
        };
        ByPage.Add(page, violations);
    }

    /// <summary>Returns the violations reported on the page so far and forgets them.</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(IPage page)
    {
        if (!ByPage.TryGetValue(page, out var violations))
        {
            throw new InvalidOperationException("This page is not watched for content security violations: open pages with BrowserApp.NewPageAsync.");
        }

        if (!page.IsClosed)
        {
            // Violation events are queued as tasks in the page; a round trip through a timer lets pending ones arrive.
            // A navigation in flight destroys the page's context: wait for the new document and ask it instead.
            try
            {
                await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
            }
            catch (PlaywrightException navigating) when (navigating.Message.Contains("context was destroyed", StringComparison.Ordinal))
            {
                await page.WaitForLoadStateAsync();
                await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
            }
        }

        var taken = new List<string>();
        while (violations.reports.TryDequeue(out var report))
        {
            taken.Add(report);
        }

        return taken;
    }

    public static async Task ShouldHaveNoneAsync(IPage page)
    {
        var violations = await TakeAsync(page);
        if (violations.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"The browser reported content security policy violations on {page.Url}:\n" + string.Join("\n", violations));
        }
    }
}
