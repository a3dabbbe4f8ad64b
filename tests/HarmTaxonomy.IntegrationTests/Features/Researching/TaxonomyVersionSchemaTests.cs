using System.Net;
using System.Text.Json;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>
/// The JSON Schema that every canonical version document names in its <c>$schema</c> is public: anyone who downloads
/// a version can fetch it, without an account, from the path the document gives.
/// </summary>
public sealed class TaxonomyVersionSchemaTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task The_schema_is_served_anonymously_as_json_at_the_path_documents_name()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(CanonicalVersionJson.SchemaPath);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBeOneOf("application/schema+json", "application/json");
        var served = await response.Content.ReadAsStringAsync();
        served.ShouldBe(await File.ReadAllTextAsync(ShippedSchema()));
        using var schema = JsonDocument.Parse(served);
        schema.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$defs").TryGetProperty("category", out _).ShouldBeTrue();
    }

    /// <summary>The file in the repository, so the test proves the site serves exactly what is shipped.</summary>
    private static string ShippedSchema()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HarmTaxonomy.sln")))
            {
                return Path.Combine(directory.FullName, "src", "HarmTaxonomy.Web", "wwwroot", "schemas", "taxonomy-version.json");
            }
        }

        throw new InvalidOperationException($"No HarmTaxonomy.sln above {AppContext.BaseDirectory}.");
    }
}
