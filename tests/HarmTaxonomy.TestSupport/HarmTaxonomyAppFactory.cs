using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace HarmTaxonomy.TestSupport;

/// <summary>
/// The real app on its own database in the test cluster. Use it as a class fixture; call <see cref="UseKestrel"/>
/// (before the first request) to serve on a real loopback port for a browser.
/// </summary>
public class HarmTaxonomyAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync(GetType().Name);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting is visible to Program before the host is built, where the database connection is resolved.
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        // Every in-process request comes from the same (unknown) address: tests that exercise the limits set their own.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:JoinPerMinute", "100000");
        builder.UseSetting("RateLimits:TokenPerMinute", "100000");
        // Tests create the taxonomies they need; the demo one would only make counts and empty states unpredictable.
        builder.UseSetting("DemoData:Taxonomies", "false");
    }
}
