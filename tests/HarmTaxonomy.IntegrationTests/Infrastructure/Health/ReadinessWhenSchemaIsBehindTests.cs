using System.Net;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Marten;
using Npgsql;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Health;

public sealed class ReadinessWhenSchemaIsBehindTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Ready_fails_while_a_table_the_code_expects_is_missing_but_live_still_answers()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop table {MartenSetup.SchemaName}.mt_doc_referencetaxonomy cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }

        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
