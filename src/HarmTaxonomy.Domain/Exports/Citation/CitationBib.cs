using System.Text;

namespace HarmTaxonomy.Domain.Exports.Citation;

/// <summary>
/// <c>CITATION.bib</c>: one BibTeX <c>@misc</c> entry (understood by BibTeX and biblatex alike, unlike
/// <c>@dataset</c>) whose key is built from the slug and version only, so it is stable across rebuilds and the same
/// for everyone citing the version. Text fields escape the characters LaTeX treats specially.
/// </summary>
public static class CitationBib
{
    public const string FileName = "CITATION.bib";

    public static string Write(VersionRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var snapshot = release.Snapshot;
        var fields = new List<(string Name, string Value)>
        {
            // Double braces keep the title's capitals, which bibliography styles would otherwise lower.
            ("title", $"{{{Escape(snapshot.Title)}}}"),
            // Each author braced whole: display names are not "First Last" and must not be split by BibTeX.
            ("author", string.Join(" and ", release.Credited.Select(author => $"{{{Escape(author)}}}"))),
            ("year", release.Released.UtcDateTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("date", CitationText.Day(release.Released)),
            ("version", Escape(release.Version)),
            ("publisher", Escape(release.Publisher)),
            ("howpublished", $"\\url{{{Url(release.VersionUrl)}}}"),
            ("url", Url(release.VersionUrl)),
        };
        if (release.Doi is { Length: > 0 } doi)
        {
            fields.Add(("doi", Url(doi)));
        }

        fields.Add(("note", $"Dataset, licence {Escape(snapshot.Licence)}"));

        var text = new StringBuilder();
        text.Append("@misc{").Append(Key(release)).AppendLine(",");
        text.AppendLine(string.Join(",\n", fields.Select(field => $"  {field.Name} = {{{field.Value}}}")));
        text.AppendLine("}");
        // The same bytes on every platform (the bundle is hashed); user text holds no line breaks by now.
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary><c>{slug}-v{version}</c> with anything BibTeX does not allow in a key replaced by <c>-</c>.</summary>
    public static string Key(VersionRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var key = $"{release.Snapshot.Slug}-v{release.Version}";
        return new string([.. key.Select(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or ':' or '_' ? character : '-')]);
    }

    /// <summary>Text as LaTeX prints it literally: <c>&amp; % $ # _ { }</c> are backslash-escaped, <c>\ ~ ^</c> spelled out.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            escaped.Append(character switch
            {
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => $"\\{character}",
                '\\' => "\\textbackslash{}",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>URLs are verbatim in <c>\url</c> and the <c>url</c> field; only braces would unbalance the entry.</summary>
    private static string Url(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
