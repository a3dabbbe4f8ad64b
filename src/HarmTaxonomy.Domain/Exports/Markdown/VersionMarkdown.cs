using System.Text;
using HarmTaxonomy.Domain.Exports.Citation;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Markdown;

/// <summary>
/// The whole version as one readable Markdown document (what a reviewer prints or reads on GitHub): the scheme's
/// details, how to cite it, then every category as a heading nested by level with its definition, scope note,
/// examples, modalities, mappings and, for deprecated ones, what replaces them. Texts are in one language with the
/// source language as fallback; every user text goes through <see cref="MarkdownText.Escape"/>.
/// </summary>
public static class VersionMarkdown
{
    /// <summary>Categories start one level below the document's sections; Markdown stops at six.</summary>
    private const int FirstCategoryHeading = 3;

    public static string Write(VersionRelease release, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var snapshot = release.Snapshot;
        var tree = new VersionTree(snapshot);
        var shown = language ?? snapshot.SourceLanguage;
        var text = new StringBuilder();

        text.Append("# ").AppendLine(MarkdownText.Escape(snapshot.Title)).AppendLine();
        Field(text, "Version", MarkdownText.Escape(release.Version));
        Field(text, "Released", CitationText.Day(release.Released));
        Field(text, "Licence", MarkdownText.Escape(snapshot.Licence));
        Field(text, "Languages", MarkdownText.Escape(string.Join(", ", snapshot.Languages)));
        Field(text, "Curators", MarkdownText.Escape(string.Join(", ", release.Credited)));
        Field(text, "Address", $"<{release.VersionUrl}>");
        text.AppendLine();
        if (!string.IsNullOrWhiteSpace(snapshot.Description))
        {
            text.AppendLine(MarkdownText.Escape(snapshot.Description)).AppendLine();
        }

        text.AppendLine("## How to cite").AppendLine();
        text.AppendLine(MarkdownText.Escape(CitationText.Of(release))).AppendLine();
        text.AppendLine("## Categories").AppendLine();
        if (tree.Ordered.Count == 0)
        {
            text.AppendLine("This version has no categories.").AppendLine();
        }

        foreach (var category in tree.Ordered)
        {
            Category(text, tree, category, shown);
        }

        // The same bytes on every platform (the bundle is hashed); user text holds no line breaks by now.
        return text.ToString().TrimEnd().ReplaceLineEndings("\n") + "\n";
    }

    private static void Category(StringBuilder text, VersionTree tree, VersionCategory category, string language)
    {
        var heading = new string('#', Math.Min(FirstCategoryHeading - 1 + tree.Level(category), 6));
        var deprecated = category.Status == CategoryStatus.Deprecated ? " (deprecated)" : "";
        text.Append(heading).Append(' ').Append(MarkdownText.Escape(category.Notation)).Append(' ')
            .Append(MarkdownText.Escape(tree.Label(category, language))).AppendLine(deprecated).AppendLine();

        if (category.Deprecation is { } deprecation)
        {
            Item(text, "Status", Deprecated(tree, category, deprecation));
        }

        Item(text, "Definition", MarkdownText.Escape(tree.Text(category.Definitions, language)));
        Item(text, "Scope note", MarkdownText.Escape(tree.Text(category.ScopeNotes, language)));
        Item(text, "Examples", string.Join("; ", tree.Examples(category, language).Select(MarkdownText.Escape)));
        Item(text, "Modalities", MarkdownText.Escape(string.Join(", ", category.Modalities)));
        Item(text, "Mappings", string.Join("; ", category.Mappings
            .OrderBy(mapping => mapping.TargetKey, StringComparer.Ordinal)
            .Select(mapping => MarkdownText.Escape(VersionTree.Mapping(mapping)))));
        var shownLabel = tree.Label(category, language);
        Item(text, "Other labels", string.Join("; ", category.Labels
            .Where(label => label.Value != shownLabel)
            .OrderBy(label => label.Key, StringComparer.Ordinal)
            .Select(label => $"{MarkdownText.Escape(label.Key)}: {MarkdownText.Escape(label.Value)}")));
        text.AppendLine();
    }

    private static string Deprecated(VersionTree tree, VersionCategory category, Deprecation deprecation)
    {
        var replacements = tree.Replacements(category);
        var how = deprecation.Kind switch
        {
            DeprecationKind.MergedInto => "merged into",
            DeprecationKind.SplitInto => "split into",
            _ => "replaced by",
        };
        var status = replacements.Count == 0
            ? "deprecated"
            : $"deprecated, {how} {string.Join(", ", replacements.Select(replacement => MarkdownText.Escape(replacement.Notation)))}";
        return string.IsNullOrWhiteSpace(deprecation.Reason) ? status : $"{status}. Reason: {MarkdownText.Escape(deprecation.Reason)}";
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("- **").Append(name).Append(":** ").AppendLine(value);

    private static void Item(StringBuilder text, string name, string value)
    {
        if (value.Length > 0)
        {
            Field(text, name, value);
        }
    }
}
