using System.Text.Json;
using Microsoft.Playwright;

namespace HarmTaxonomy.EndToEndTests.Browser;

/// <summary>Runs axe-core (from npm, injected into the page) and fails on serious or critical violations.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(FindAxe()));

    public static async Task ShouldHaveNoSeriousViolationsAsync(this IPage page)
    {
        await page.ShouldHaveNoContentSecurityViolationsAsync();
        // A popover or tooltip caught mid-fade has pale text for a moment: let running CSS transitions finish first
        // (endless animations such as spinners are not transitions, so they do not hold this up).
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(animation => !(animation instanceof CSSTransition) || animation.playState !== 'running')",
            null,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
        // Evaluated through the DevTools protocol rather than added as a script element: the app's content security
        // policy (rightly) refuses inline scripts, and loosening it for the test would hide real violations.
        // Snackbars are left out: they fade in and out on their own clock, and axe measuring one mid-fade reads its
        // text as too pale. Their colours are the theme's, shown fully opaque (MaximumOpacity = 100).
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => {\n" + AxeScript.Value + "\nreturn await axe.run({ exclude: [['.mud-snackbar']] }, { resultTypes: ['violations'] });\n}");

        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(violation => violation.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(violation =>
            {
                var targets = violation.GetProperty("nodes").EnumerateArray()
                    .Take(3)
                    .Select(node => node.GetProperty("target").ToString() + " " + node.GetProperty("html").GetString());
                return $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): " +
                    $"{violation.GetProperty("help").GetString()} at {string.Join(", ", targets)}";
            })
            .ToList();

        if (serious.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"axe-core found serious accessibility problems on {page.Url}:\n" + string.Join("\n", serious));
        }
    }

    private static string FindAxe()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is not installed: run 'npm ci' in tests/HarmTaxonomy.EndToEndTests (infra/test.sh does).");
    }
}
