using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using HarmTaxonomy.Domain.Exports.Csv;
using HarmTaxonomy.Domain.Exports.Packaging;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>Downloading a published version in every format, anonymously, through real HTTP on a real database.</summary>
public sealed class VersionDownloadTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>, IAsyncLifetime
{
    private const string Route = TaxonomyApiCaller.Route;

    private PublishedPair published = default!;

    public async Task InitializeAsync() => published = await PublishedPair.PublishAsync(await TaxonomyApiCaller.CuratorAsync(app), "downloads");

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    [InlineData("ttl", "text/turtle")]
    [InlineData("jsonld", "application/ld+json")]
    [InlineData("md", "text/markdown")]
    [InlineData("txt", "text/plain")]
    [InlineData("zip", "application/zip")]
    public async Task Every_format_downloads_anonymously_with_its_hash_as_a_strong_etag_and_a_year_of_caching(string extension, string mediaType)
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"{Route}/{published.Slug}/versions/2.0.0.{extension}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        body.Length.ShouldBeGreaterThan(0);
        response.Headers.ETag!.IsWeak.ShouldBeFalse();
        response.Headers.ETag.Tag.ShouldBe($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{published.Slug}-2.0.0.{extension}");
    }

    [Fact]
    public async Task The_json_download_is_the_canonical_document_whose_hash_is_the_versions_hash()
    {
        using var anonymous = app.CreateClient();
        var versions = await (await anonymous.GetAsync($"{Route}/{published.Slug}/versions")).JsonAsync();
        var hash = versions.EnumerateArray().Single(version => version.GetProperty("version").GetString() == "2.0.0").GetProperty("sha256").GetString();

        var json = await anonymous.GetByteArrayAsync($"{Route}/{published.Slug}/versions/2.0.0.json");

        Convert.ToHexStringLower(SHA256.HashData(json)).ShouldBe(hash);
    }

    [Fact]
    public async Task A_repeated_request_with_the_etag_is_answered_304_without_a_body()
    {
        using var anonymous = app.CreateClient();
        var first = await anonymous.GetAsync($"{Route}/{published.Slug}/versions/1.0.0.ttl");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{published.Slug}/versions/1.0.0.ttl");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var repeated = await anonymous.SendAsync(again);

        repeated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await repeated.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        repeated.Headers.ETag.ShouldBe(first.Headers.ETag);
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_and_no_body()
    {
        using var anonymous = app.CreateClient();
        using var head = new HttpRequestMessage(HttpMethod.Head, $"{Route}/{published.Slug}/versions/1.0.0.zip");

        var response = await anonymous.SendAsync(head);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.ShouldNotBeNull().ShouldBeGreaterThan(0);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("text/turtle", "text/turtle")]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("text/csv;q=0.5, text/turtle;q=0.9", "text/turtle")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    public async Task Accept_picks_the_format_on_the_url_without_an_extension(string? accept, string expected)
    {
        using var anonymous = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{published.Slug}/versions/1.0.0");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await anonymous.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        response.Headers.Vary.ShouldContain("Accept");
    }

    [Fact]
    public async Task An_unsupported_format_is_refused_406_with_the_supported_list()
    {
        using var anonymous = app.CreateClient();
        using var byAccept = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{published.Slug}/versions/1.0.0");
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        foreach (var response in new[] { await anonymous.GetAsync($"{Route}/{published.Slug}/versions/1.0.0.xlsx"), await anonymous.SendAsync(byAccept) })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
            var problem = await response.ProblemAsync();
            problem.GetProperty("detail").GetString()!.ShouldContain("ttl (text/turtle)");
            problem.GetProperty("supported").EnumerateArray().Select(format => format.GetProperty("extension").GetString())
                .ShouldBe(["json", "csv", "ttl", "jsonld", "md", "txt", "zip"]);
        }
    }

    [Fact]
    public async Task An_unknown_version_or_taxonomy_is_a_404_that_lists_what_exists()
    {
        using var anonymous = app.CreateClient();

        var version = await anonymous.GetAsync($"{Route}/{published.Slug}/versions/9.9.9.csv");
        var taxonomy = await anonymous.GetAsync($"{Route}/no-such-taxonomy/versions/1.0.0.json");

        version.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await version.ProblemAsync();
        problem.GetProperty("detail").GetString()!.ShouldContain("1.0.0, 2.0.0");
        problem.GetProperty("versions").EnumerateArray().Select(entry => entry.GetString()).ShouldBe(["1.0.0", "2.0.0"]);
        taxonomy.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await taxonomy.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("no-such-taxonomy");
    }

    [Fact]
    public async Task The_bundle_holds_every_format_and_document_and_its_SHA256SUMS_match_the_files()
    {
        using var anonymous = app.CreateClient();
        var stem = $"{published.Slug}-2.0.0";

        using var zip = new ZipArchive(new MemoryStream(await anonymous.GetByteArrayAsync($"{Route}/{published.Slug}/versions/2.0.0.zip")));

        var files = zip.Entries.ToDictionary(entry => entry.FullName, Read);
        files.Keys.ShouldAllBe(name => name.StartsWith(stem + "/", StringComparison.Ordinal));
        var names = files.Keys.Select(name => name[(stem.Length + 1)..]).ToList();
        names.ShouldBe(
            [
                "README.md", $"{stem}.json", $"{stem}.csv", $"{stem}.ttl", $"{stem}.jsonld", $"{stem}.md", $"{stem}.txt",
                $"{stem}.es.md", $"{stem}.es.txt", "LICENSE", "CITATION.cff", "CITATION.bib", "CHANGELOG.md", "changes.json", "provenance.json", "SHA256SUMS",
            ],
            ignoreOrder: true);
        var sums = Sha256Sums.Read(Encoding.UTF8.GetString(files[$"{stem}/SHA256SUMS"]));
        sums.Keys.ShouldBe(names.Where(name => name != "SHA256SUMS"), ignoreOrder: true);
        foreach (var (name, hash) in sums)
        {
            Convert.ToHexStringLower(SHA256.HashData(files[$"{stem}/{name}"])).ShouldBe(hash, name);
        }

        files[$"{stem}/{stem}.json"].ShouldBe(await anonymous.GetByteArrayAsync($"{Route}/{published.Slug}/versions/2.0.0.json"));
        Encoding.UTF8.GetString(files[$"{stem}/LICENSE"]).ShouldContain("SPDX-License-Identifier: CC-BY-4.0");
        Encoding.UTF8.GetString(files[$"{stem}/CITATION.cff"]).ShouldContain("type: dataset");
        var changelog = Encoding.UTF8.GetString(files[$"{stem}/CHANGELOG.md"]);
        changelog.IndexOf("## 2.0.0", StringComparison.Ordinal).ShouldBeLessThan(changelog.IndexOf("## 1.0.0", StringComparison.Ordinal));
        Encoding.UTF8.GetString(files[$"{stem}/changes.json"]).ShouldContain(published.Hate.ToString());
    }

    [Fact]
    public async Task Downloads_are_generated_once_stored_and_served_the_same_after_a_restart_of_the_cache()
    {
        using var anonymous = app.CreateClient();
        var first = await anonymous.GetByteArrayAsync($"{Route}/{published.Slug}/versions/1.0.0.zip");

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<VersionDownloads>($"{published.Slug}@1.0.0");
        stored.ShouldNotBeNull();
        stored.Files.Select(file => file.Extension).ShouldBe(VersionPackage.Extensions);
        stored.Files.Single(file => file.Extension == "zip").Content.ShouldBe(first);

        // Another instance (fresh memory) serves the stored bytes rather than generating new ones.
        using var other = new VersionFiles(
            app.Services.GetRequiredService<IServiceScopeFactory>(), store, app.Services.GetRequiredService<SiteIdentity>(),
            TimeProvider.System, app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<VersionFiles>.Instance);
        var again = await other.GetAsync(published.Slug, "1.0.0", CancellationToken.None);
        again!.Find("zip")!.Content.ShouldBe(first);
    }

    [Fact]
    public async Task The_csv_download_reads_back_with_a_row_per_category_in_both_languages()
    {
        using var anonymous = app.CreateClient();

        var csv = await anonymous.GetByteArrayAsync($"{Route}/{published.Slug}/versions/1.0.0.csv");

        var table = VersionCsv.Read(new MemoryStream(csv));
        table.Languages.ShouldBe(["en", "es"]);
        table.Rows.Count.ShouldBe(4);
        table.Rows.Single(row => row.Id == published.Hate).Labels["es"].ShouldBe("Odio");
    }

    [Fact]
    public async Task The_jsonld_context_is_published()
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync(VersionDownloadEndpoints.ContextPath);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        (await response.JsonAsync()).GetProperty("@context").GetProperty("skos").GetString().ShouldBe("http://www.w3.org/2004/02/skos/core#");
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
