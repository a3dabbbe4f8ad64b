using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Domain.Exports.Citation;

/// <summary>
/// <c>CITATION.cff</c> (Citation File Format 1.2.0) for the bundle, so GitHub, Zenodo and reference managers cite the
/// version correctly. Every string is a YAML double-quoted scalar, so titles with colons, quotes, <c>#</c> or leading
/// dashes stay plain strings; authors are entities (<c>name</c>), because curators are credited by display name.
/// </summary>
public static class CitationCff
{
    public const string FileName = "CITATION.cff";

    public static string Write(VersionRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var snapshot = release.Snapshot;
        var text = new StringBuilder();
        Line(text, "cff-version", "1.2.0");
        Line(text, "message", "If you use this taxonomy, please cite it using these metadata.");
        text.AppendLine("type: dataset");
        Line(text, "title", snapshot.Title);
        Line(text, "version", release.Version);
        Line(text, "date-released", CitationText.Day(release.Released));
        text.AppendLine("authors:");
        foreach (var author in release.Credited)
        {
            text.Append("  - name: ").AppendLine(Quoted(author));
        }

        if (!string.IsNullOrWhiteSpace(snapshot.Description))
        {
            Line(text, "abstract", snapshot.Description);
        }

        Line(text, "license", snapshot.Licence);
        Line(text, "url", release.VersionUrl);
        Line(text, "repository", release.TaxonomyUrl);
        text.AppendLine("identifiers:");
        if (release.Doi is { Length: > 0 } doi)
        {
            text.AppendLine("  - type: doi").Append("    value: ").AppendLine(Quoted(doi));
        }

        text.AppendLine("  - type: url").Append("    value: ").AppendLine(Quoted(release.VersionUrl));
        // The same bytes on every platform (the bundle is hashed); user text holds no line breaks by now.
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A YAML double-quoted scalar: backslash and quote escaped, control characters as <c>\xNN</c> or <c>\uNNNN</c>.</summary>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var character in value)
        {
            quoted.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}"),
                _ => character.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static void Line(StringBuilder text, string key, string value) =>
        text.Append(key).Append(": ").AppendLine(Quoted(value));
}
