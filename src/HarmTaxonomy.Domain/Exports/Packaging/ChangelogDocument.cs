using System.Text;
using HarmTaxonomy.Domain.Exports.Citation;
using HarmTaxonomy.Domain.Exports.Markdown;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// The bundle's <c>CHANGELOG.md</c>: every version up to this one, newest first, with its date, the kind of bump and
/// the curators' changelog (Markdown they wrote, kept as written).
/// </summary>
public static class ChangelogDocument
{
    public const string FileName = "CHANGELOG.md";

    public static string Write(string title, IEnumerable<PublishedVersion> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var text = new StringBuilder().Append("# Changelog: ").Append(MarkdownText.Escape(title)).Append("\n\n");
        foreach (var version in history.Reverse())
        {
            text.Append("## ").Append(version.Version).Append(" (").Append(CitationText.Day(version.PublishedAt)).Append(", ")
                .Append(version.Bump.ToString().ToLowerInvariant()).Append(")\n\n");
            text.Append(string.IsNullOrWhiteSpace(version.Changelog) ? "_No changelog was written for this version._" : version.Changelog.Trim()).Append("\n\n");
        }

        return text.ToString();
    }
}
