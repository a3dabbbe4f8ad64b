using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth.Participants;

/// <summary>The real app with a clock the test moves, and the test-only <see cref="ParticipantProbeHub"/> mapped.</summary>
public sealed class ParticipantAppFactory : HarmTaxonomyAppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public ParticipantTokenIssuer Issuer => Services.GetRequiredService<ParticipantTokenIssuer>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IEndpointContributor, ParticipantProbeHubEndpoint>();
        });
    }
}
