using Microsoft.AspNetCore.Hosting;

namespace HarmTaxonomy.TestSupport;

/// <summary>The app with the bootstrap API client configured, as CI and automation run it.</summary>
public class OAuthAppFactory : HarmTaxonomyAppFactory
{
    public const string BootstrapClientId = "ci-bootstrap";

    public const string BootstrapClientSecret = "ci-bootstrap-secret-for-tests-only-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:BootstrapClient:Id", BootstrapClientId);
        builder.UseSetting("Api:BootstrapClient:Secret", BootstrapClientSecret);
    }
}
