using System.Text;
using HarmTaxonomy.Domain.Exports.Citation;
using HarmTaxonomy.Domain.Exports.Csv;
using HarmTaxonomy.Domain.Exports.Markdown;
using HarmTaxonomy.Domain.Exports.PolicyText;
using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// Generates every download of a published version in one pass: the canonical JSON (byte for byte what the
/// version's SHA-256 covers), CSV, Turtle, JSON-LD, Markdown, policy text, and the zip bundle that holds them all with
/// a README, the licence, citation files, the changelog, the changes and the provenance, and <c>SHA256SUMS</c>.
/// </summary>
public static class VersionPackage
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Turtle = "ttl";
    public const string JsonLd = "jsonld";
    public const string Markdown = "md";
    public const string PolicyText = "txt";
    public const string Bundle = "zip";

    /// <summary>The formats in the order they are offered.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [Json, Csv, Turtle, JsonLd, Markdown, PolicyText, Bundle];

    public static IReadOnlyList<PackagedFile> Build(VersionPackageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var version = input.Version;
        var snapshot = version.Snapshot;
        var release = input.Release;
        var changes = TaxonomyDiffer.Compare(input.Previous ?? Taxonomies.Versions.TaxonomySnapshot.Empty, version.PreviousVersion ?? "none", snapshot, version.Version);

        var skos = new SkosVersionInput
        {
            Snapshot = snapshot,
            Version = version.Version,
            PreviousVersion = version.PreviousVersion,
            Issued = DateOnly.FromDateTime(version.PublishedAt.UtcDateTime),
            Creators = input.Curators,
            Publisher = input.Publisher,
            PublicBaseUrl = input.PublicBaseUrl,
            ChangesFromPrevious = input.Previous is null ? null : changes,
        };

        // Each format is a pure function of the version, so they are written side by side: a 5,000-category
        // release in three languages then takes about half as long on two cores.
        var translated = snapshot.Languages.Skip(1).ToList();
        var json = Task.Run(() => CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(snapshot, version.Version, version.PreviousVersion, version.PublishedAt, version.Changelog)));
        var csv = Task.Run(() => VersionCsv.ToBytes(snapshot));
        var graph = Task.Run(() => (IReadOnlyList<RdfTriple>)[.. SkosVersionGraph.Build(skos)]);
        var turtle = graph.ContinueWith(built => Utf8(TurtleSerializer.Serialize(built.Result)), TaskScheduler.Default);
        var jsonLd = graph.ContinueWith(built => Utf8(JsonLdSerializer.Serialize(built.Result)), TaskScheduler.Default);
        var markdown = Task.Run(() => Utf8(VersionMarkdown.Write(release)));
        var policy = Task.Run(() => Utf8(VersionPolicyText.Write(release)));
        var translations = translated.Select(language => Task.Run(() => new[]
        {
            ($"{input.Stem}.{language}.md", Utf8(VersionMarkdown.Write(release, language)), $"The whole version as a readable document, in `{language}`."),
            ($"{input.Stem}.{language}.txt", Utf8(VersionPolicyText.Write(release, language)), $"The policy text, in `{language}`."),
        })).ToList();
        Task.WaitAll([json, csv, turtle, jsonLd, markdown, policy, .. translations]);

        var formats = new List<PackagedFile>
        {
            File(input, Json, json.Result),
            File(input, Csv, csv.Result),
            File(input, Turtle, turtle.Result),
            File(input, JsonLd, jsonLd.Result),
            File(input, Markdown, markdown.Result),
            File(input, PolicyText, policy.Result),
        };

        var documents = new List<(string Name, byte[] Content, string Purpose)>
        {
            (formats[0].FileName, formats[0].Content, "The canonical JSON document; its SHA-256 is the version's hash. Schema: `/schemas/taxonomy-version.json`."),
            (formats[1].FileName, formats[1].Content, "One row per category (RFC 4180, UTF-8): pandas `read_csv`, R `read.csv`, spreadsheets."),
            (formats[2].FileName, formats[2].Content, "SKOS in Turtle: rdflib, Apache Jena, any RDF store."),
            (formats[3].FileName, formats[3].Content, "SKOS in JSON-LD, with its `@context` embedded."),
            (formats[4].FileName, formats[4].Content, "The whole version as a readable document."),
            (formats[5].FileName, formats[5].Content, "A policy text for policy-driven safety classifiers: one numbered rule per category."),
        };
        documents.AddRange(translations.SelectMany(task => task.Result));
        documents.Add((LicenceNotice.FileName, Utf8(LicenceNotice.Write(release)), "The version's licence."));
        documents.Add(("CITATION.cff", Utf8(CitationCff.Write(release)), "How to cite it, in Citation File Format 1.2.0."));
        documents.Add(("CITATION.bib", Utf8(CitationBib.Write(release)), "How to cite it, in BibTeX."));
        documents.Add((ChangelogDocument.FileName, Utf8(ChangelogDocument.Write(snapshot.Title, input.History)), "What changed in each version up to this one."));
        documents.Add((ChangesJson.FileName, ChangesJson.Write(version.PreviousVersion, version.Version, changes), "The diff from the previous version and the migration map that relabels data from it."));
        documents.Add(("provenance.json", input.ProvenanceJson, "The sessions, votes, analysis seeds, acceptance rule and curators behind this version (aggregates only)."));

        var listed = documents.Select(document => (document.Name, document.Purpose))
            .Append((Sha256Sums.FileName, "The SHA-256 of every other file (`sha256sum -c SHA256SUMS`)."));
        var readme = (Name: BundleReadme.FileName, Content: Utf8(BundleReadme.Write(input, listed)));
        var entries = documents.Select(document => (document.Name, document.Content)).Prepend(readme).ToList();
        entries.Add((Sha256Sums.FileName, Sha256Sums.Write(entries)));

        formats.Add(File(input, Bundle, DeterministicZip.Write(input.Stem, version.PublishedAt, entries)));
        return formats;
    }

    private static PackagedFile File(VersionPackageInput input, string extension, byte[] content) => new(extension, $"{input.Stem}.{extension}", content);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
