using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using HarmTaxonomy.Domain.Exports.Packaging;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports.Packaging;

public sealed class VersionPackageTests
{
    private static readonly TaxonomySnapshot Current = ExportFixture.Snapshot();

    [Fact]
    public void Every_format_is_generated_in_the_order_offered_and_named_after_the_version()
    {
        var files = VersionPackage.Build(Input());

        files.Select(file => file.Extension).ShouldBe(["json", "csv", "ttl", "jsonld", "md", "txt", "zip"]);
        files.ShouldAllBe(file => file.FileName == $"community-harms-2.0.0.{file.Extension}" && file.Content.Length > 0);
    }

    [Fact]
    public void The_json_file_is_the_canonical_document_the_versions_hash_covers()
    {
        var input = Input();

        var json = VersionPackage.Build(input).Single(file => file.Extension == "json");

        json.Sha256.ShouldBe(input.Version.Sha256);
    }

    [Fact]
    public void Generating_twice_gives_the_same_bytes_for_every_file_the_bundle_included()
    {
        var first = VersionPackage.Build(Input());
        var second = VersionPackage.Build(Input());

        second.Select(file => file.Sha256).ShouldBe(first.Select(file => file.Sha256));
    }

    [Fact]
    public void The_bundle_has_one_folder_with_every_document_and_sums_that_match()
    {
        var bundle = Unzip(VersionPackage.Build(Input()).Single(file => file.Extension == "zip").Content);

        bundle.Keys.ShouldAllBe(name => name.StartsWith("community-harms-2.0.0/", StringComparison.Ordinal));
        var names = bundle.Keys.Select(name => name["community-harms-2.0.0/".Length..]).ToList();
        names.ShouldBe(
            [
                "README.md", "community-harms-2.0.0.json", "community-harms-2.0.0.csv", "community-harms-2.0.0.ttl", "community-harms-2.0.0.jsonld",
                "community-harms-2.0.0.md", "community-harms-2.0.0.txt", "community-harms-2.0.0.es.md", "community-harms-2.0.0.es.txt",
                "LICENSE", "CITATION.cff", "CITATION.bib", "CHANGELOG.md", "changes.json", "provenance.json", "SHA256SUMS",
            ]);
        var sums = Sha256Sums.Read(Encoding.UTF8.GetString(bundle["community-harms-2.0.0/SHA256SUMS"]));
        sums.Count.ShouldBe(names.Count - 1);
        foreach (var (name, hash) in sums)
        {
            Convert.ToHexStringLower(SHA256.HashData(bundle[$"community-harms-2.0.0/{name}"])).ShouldBe(hash, name);
        }
    }

    [Fact]
    public void The_readme_lists_every_file_and_says_how_to_cite_and_check_them()
    {
        var bundle = Unzip(VersionPackage.Build(Input()).Single(file => file.Extension == "zip").Content);

        var readme = Encoding.UTF8.GetString(bundle["community-harms-2.0.0/README.md"]);

        readme.ShouldContain("`provenance.json`");
        readme.ShouldContain("`SHA256SUMS`");
        readme.ShouldContain("sha256sum -c SHA256SUMS");
        readme.ShouldContain("Ana García, Sam Lee (2026)");
        readme.ShouldContain("Creative Commons Attribution 4.0 International");
    }

    [Fact]
    public void Changes_name_the_previous_version_and_the_turtle_carries_change_notes()
    {
        var previous = Current with { Categories = [.. Current.Categories.Where(category => category.Id != ExportFixture.Fraud)] };

        var files = VersionPackage.Build(Input(previous));

        var bundle = Unzip(files.Single(file => file.Extension == "zip").Content);
        var changes = Encoding.UTF8.GetString(bundle["community-harms-2.0.0/changes.json"]);
        changes.ShouldContain("\"from\": \"1.0.0\"");
        changes.ShouldContain(ExportFixture.Fraud.ToString());
        Encoding.UTF8.GetString(files.Single(file => file.Extension == "ttl").Content).ShouldContain("skos:changeNote");
    }

    [Fact]
    public void A_first_version_has_changes_from_nothing_and_no_prior_version()
    {
        var files = VersionPackage.Build(Input(previous: null, previousVersion: null));

        var bundle = Unzip(files.Single(file => file.Extension == "zip").Content);
        Encoding.UTF8.GetString(bundle["community-harms-2.0.0/changes.json"]).ShouldContain("\"from\": null");
        Encoding.UTF8.GetString(files.Single(file => file.Extension == "ttl").Content).ShouldNotContain("owl:priorVersion");
    }

    [Fact]
    public void The_changelog_lists_versions_newest_first()
    {
        var changelog = ChangelogDocument.Write("Community harms", History());

        changelog.IndexOf("## 2.0.0 (2026-11-20, major)", StringComparison.Ordinal)
            .ShouldBeLessThan(changelog.IndexOf("## 1.0.0 (2026-10-01, major)", StringComparison.Ordinal));
        changelog.ShouldContain("_No changelog was written for this version._");
    }

    [Fact]
    public void Sha256Sums_are_in_the_coreutils_format_sorted_by_name()
    {
        var sums = Encoding.UTF8.GetString(Sha256Sums.Write([("b.txt", "b"u8.ToArray()), ("a.txt", []), ]));

        sums.ShouldBe(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n" +
            "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.txt\n");
    }

    [Fact]
    public void The_licence_names_the_licence_its_holders_and_where_the_full_text_is()
    {
        var licence = LicenceNotice.Write(ExportFixture.Release());

        licence.ShouldContain("Copyright 2026 Ana García, Sam Lee");
        licence.ShouldContain("https://creativecommons.org/licenses/by/4.0/legalcode");
        licence.ShouldEndWith($"SPDX-License-Identifier: {ExportFixture.Snapshot().Licence}\n");
    }

    private static VersionPackageInput Input(TaxonomySnapshot? previous = null, string? previousVersion = "1.0.0")
    {
        var canonical = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Current, "2.0.0", previousVersion, ExportFixture.Released, "Merged scams into fraud."));
        return new VersionPackageInput
        {
            Version = new TaxonomyVersionDocument
            {
                Id = "community-harms@2.0.0",
                Slug = Current.Slug,
                Version = "2.0.0",
                PreviousVersion = previousVersion,
                Bump = VersionBump.Major,
                Changelog = "Merged scams into fraud.",
                Licence = Current.Licence,
                Sha256 = CanonicalVersionJson.Sha256(canonical),
                PublishedBy = new Actor("curator-1", "Ana García"),
                PublishedAt = ExportFixture.Released,
                Snapshot = Current,
            },
            Previous = previous,
            History = History(),
            Curators = ["Ana García", "Sam Lee"],
            Publisher = "Community harms collective",
            PublicBaseUrl = "https://harms.example.org",
            ProvenanceJson = "{\"sessions\":[]}"u8.ToArray(),
        };
    }

    private static IReadOnlyList<PublishedVersion> History() =>
    [
        new("1.0.0", VersionBump.Major, new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero), new Actor("curator-1", "Ana García"), "aa", 3, ""),
        new("2.0.0", VersionBump.Major, ExportFixture.Released, new Actor("curator-1", "Ana García"), "bb", 4, "Merged scams into fraud."),
    ];

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }
}
