using System.Collections.Concurrent;
using System.Net;
using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HarmTaxonomy.EndToEndTests.Browser;

/// <summary>
/// The app served by Kestrel on a loopback port (a browser needs a real socket) plus Debian's Chromium driven by
/// Playwright. Playwright never downloads browsers here: it launches /usr/bin/chromium.
/// </summary>
public sealed class BrowserApp : HarmTaxonomyAppFactory
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ConcurrentQueue<IPage> openPages = new();

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run infra/test.sh, or 'apt-get install -y chromium'.");
        }

        // CI runs the test projects side by side on two cores, and a browser class beside a 5,000-category seed: a write
        // and its re-render can take longer than Playwright's default 5 s there, without anything being wrong.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root has no sandbox; the rest keeps Chromium from calling out to a network this machine does not have.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
            Locale = "en-GB",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        // The journeys run beside the integration tests on two cores: a form post that hashes a password and then loads
        // the next page has taken over Playwright's default 30 s there. Assertions keep their own, shorter timeout.
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await ContentSecurityViolations.WatchAsync(page);
        openPages.Enqueue(page);
        return page;
    }

    /// <summary>
    /// Fails when a page opened since the last call saw a content security policy violation, then closes those pages.
    /// <see cref="BrowserTest"/> calls it after every test.
    /// </summary>
    public async Task ClosePagesWithoutContentSecurityViolationsAsync()
    {
        var failures = new List<Exception>();
        while (openPages.TryDequeue(out var page))
        {
            try
            {
                await ContentSecurityViolations.ShouldHaveNoneAsync(page);
            }
            catch (Xunit.Sdk.XunitException failure)
            {
                failures.Add(failure);
            }

            await page.Context.CloseAsync();
        }

        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(string.Join("\n", failures.Select(failure => failure.Message)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}
