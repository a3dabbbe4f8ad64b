using System.Net;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Health;

public sealed class HealthEndpointTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Live_answers_while_the_process_serves()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_checks_postgres_and_the_marten_schema()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
