using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

public sealed class CrosswalkingTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>, IAsyncLifetime
{
    private const string Reference = "llama-guard-3";

    private string slug = "";
    private string version = "";
    private Guid hate;
    private Guid violence;
    private Guid scams;

    public async Task InitializeAsync()
    {
        var curator = await ResearchCurator.CreateAsync(app);
        slug = await curator.CreateTaxonomyAsync("crosswalk");
        hate = await curator.AddAsync(slug, "Hate speech");
        violence = await curator.AddAsync(slug, "Violent threats, \"quoted\"");
        scams = await curator.AddAsync(slug, "Scams");
        await curator.MapAsync(slug, hate, Reference, "S10", "closeMatch");
        await curator.MapAsync(slug, violence, Reference, "S1", "broadMatch");
        version = await curator.PublishAsync(slug);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anyone_reads_a_version_against_a_reference_taxonomy()
    {
        using var http = app.CreateClient();
        var reference = await (await http.GetAsync($"/api/v1/reference-taxonomies/{Reference}")).JsonAsync();

        using var response = await http.GetAsync(CrosswalkUrl());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var crosswalk = await response.JsonAsync();
        crosswalk.GetProperty("taxonomy").GetString().ShouldBe(slug);
        crosswalk.GetProperty("version").GetString().ShouldBe(version);
        var facts = crosswalk.GetProperty("reference");
        facts.GetProperty("slug").GetString().ShouldBe(Reference);
        facts.GetProperty("name").GetString().ShouldBe(reference.GetProperty("name").GetString());
        facts.GetProperty("licence").GetString().ShouldBe(reference.GetProperty("licence").GetString());
        facts.GetProperty("source").GetString().ShouldBe(reference.GetProperty("sourceUrl").GetString());
        facts.GetProperty("publisher").GetString().ShouldNotBeNullOrWhiteSpace();
        facts.GetProperty("version").GetString().ShouldNotBeNullOrWhiteSpace();

        var rows = crosswalk.GetProperty("rows").EnumerateArray().ToList();
        var referenceCodes = reference.GetProperty("categories").EnumerateArray().Select(category => category.GetProperty("code").GetString()).ToList();
        rows.Select(row => row.GetProperty("referenceCode").GetString()).ShouldBe(referenceCodes);
        var s10 = rows.Single(row => row.GetProperty("referenceCode").GetString() == "S10").GetProperty("matches").EnumerateArray().Single();
        s10.GetProperty("categoryId").GetGuid().ShouldBe(hate);
        s10.GetProperty("label").GetString().ShouldBe("Hate speech");
        s10.GetProperty("relation").GetString().ShouldBe("closeMatch");
        rows.Single(row => row.GetProperty("referenceCode").GetString() == "S1").GetProperty("matches")[0].GetProperty("relation").GetString().ShouldBe("broadMatch");
        rows.Single(row => row.GetProperty("referenceCode").GetString() == "S2").GetProperty("matches").GetArrayLength().ShouldBe(0);

        crosswalk.GetProperty("unmappedCategories").EnumerateArray().Select(category => category.GetProperty("categoryId").GetGuid()).ShouldBe([scams]);
        var coverage = crosswalk.GetProperty("coverage");
        coverage.GetProperty("referenceCategories").GetInt32().ShouldBe(referenceCodes.Count);
        coverage.GetProperty("covered").GetInt32().ShouldBe(2);
        coverage.GetProperty("ratio").GetDouble().ShouldBe(Math.Round(2.0 / referenceCodes.Count, 4));
    }

    [Fact]
    public async Task The_csv_form_parses_as_RFC_4180_from_the_csv_url_and_by_Accept()
    {
        using var http = app.CreateClient();
        using var byExtension = await http.GetAsync(CrosswalkUrl() + ".csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, CrosswalkUrl());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var byAccept = await http.SendAsync(request);

        byExtension.StatusCode.ShouldBe(HttpStatusCode.OK);
        byExtension.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await byExtension.Content.ReadAsByteArrayAsync();
        (await byAccept.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("\r\n");

        var rows = ReadCsv(bytes);
        rows[0].ShouldBe(["referenceCode", "referenceName", "relation", "categoryId", "notation", "label"]);
        rows.ShouldContain(row => row[0] == "S10" && row[2] == "closeMatch" && row[3] == hate.ToString() && row[5] == "Hate speech");
        rows.ShouldContain(row => row[0] == "S1" && row[5] == "Violent threats, \"quoted\"");
        rows.ShouldContain(row => row[0] == "S2" && row[3] == "");
        rows.ShouldContain(row => row[0] == "" && row[3] == scams.ToString() && row[5] == "Scams");
    }

    [Fact]
    public async Task An_unknown_taxonomy_version_or_reference_is_a_404_listing_what_exists()
    {
        using var http = app.CreateClient();

        var taxonomy = await NotFoundAsync(http, $"/api/v1/taxonomies/no-such-taxonomy/versions/{version}/crosswalk/{Reference}");
        taxonomy.ShouldContain(slug);
        (await NotFoundAsync(http, $"/api/v1/taxonomies/{slug}/versions/9.9.9/crosswalk/{Reference}")).ShouldContain(version);
        var reference = await NotFoundAsync(http, $"/api/v1/taxonomies/{slug}/versions/{version}/crosswalk/no-such-reference.csv");
        reference.ShouldContain(Reference);
        reference.ShouldContain("mlcommons-ailuminate-v1.0");
    }

    private string CrosswalkUrl() => $"/api/v1/taxonomies/{slug}/versions/{version}/crosswalk/{Reference}";

    private static async Task<string> NotFoundAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        return (await response.ProblemAsync()).GetProperty("detail").GetString()!;
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { HasHeader = false, MalformedData = CsvMalformedDataHandling.Throw, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(index => csv.GetString(index) ?? "")]);
        }

        return rows;
    }

}
