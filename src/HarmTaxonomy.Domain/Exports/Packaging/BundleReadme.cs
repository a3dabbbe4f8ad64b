using System.Text;
using HarmTaxonomy.Domain.Exports.Citation;
using HarmTaxonomy.Domain.Exports.Markdown;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// The bundle's <c>README.md</c>: what the data set is, what each file holds and which tools read it, how to cite it,
/// its licence, and how to check the files against <c>SHA256SUMS</c>.
/// </summary>
public static class BundleReadme
{
    public const string FileName = "README.md";

    public static string Write(VersionPackageInput input, IEnumerable<(string Name, string Purpose)> files)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(files);
        var release = input.Release;
        var snapshot = release.Snapshot;
        var (licenceName, licenceUrl) = LicenceNotice.Describe(snapshot.Licence);
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownText.Escape(snapshot.Title)).Append(", version ").Append(release.Version).Append("\n\n");
        text.Append("- Released: ").Append(CitationText.Day(release.Released)).Append('\n');
        text.Append("- Categories: ").Append(snapshot.Categories.Count).Append('\n');
        text.Append("- Languages: ").Append(string.Join(", ", snapshot.Languages)).Append('\n');
        text.Append("- Licence: [").Append(MarkdownText.Escape(licenceName)).Append("](").Append(licenceUrl).Append(") (`").Append(snapshot.Licence).Append("`)\n");
        text.Append("- Previous version: ").Append(input.Version.PreviousVersion ?? "none (first version)").Append('\n');
        text.Append("- SHA-256 of the canonical JSON (the version's hash): `").Append(input.Version.Sha256).Append("`\n");
        text.Append("- Online: ").Append(release.VersionUrl).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(snapshot.Description))
        {
            text.Append("## About\n\n").Append(MarkdownText.Escape(snapshot.Description.Trim())).Append("\n\n");
        }

        text.Append("## Files\n\n| File | What it is |\n| --- | --- |\n");
        foreach (var (name, purpose) in files)
        {
            text.Append("| `").Append(name).Append("` | ").Append(purpose).Append(" |\n");
        }

        text.Append("\n## How to cite\n\n").Append(MarkdownText.Escape(CitationText.Of(release))).Append("\n\n");
        text.Append("`CITATION.cff` (Citation File Format 1.2.0) and `CITATION.bib` (BibTeX) say the same for reference managers.\n\n");
        text.Append("## Checking the files\n\nIn the folder where you unpacked the bundle:\n\n```sh\nsha256sum -c SHA256SUMS\n```\n\n");
        text.Append("## Where it came from\n\n`provenance.json` lists the deliberation sessions whose accepted proposals shaped this version, ")
            .Append("with participants counted, votes, the opinion analysis's parameters and seeds, the acceptance rule in force and the curators. ")
            .Append("It holds aggregate figures only: no participant can be identified from it.\n");
        return text.ToString();
    }
}
