using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

/// <summary>
/// The app on Kestrel at a loopback port, so requests cross a real socket and meet the server's own limits
/// (the in-memory test server enforces no request size limit).
/// </summary>
public sealed class SocketAppFactory : HarmTaxonomyAppFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }
}
