using System.Text;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.PolicyText;

/// <summary>
/// The version as a policy for policy-driven safety classifiers (models that are given a written policy and asked
/// which rule some content breaks): a short preamble, then each category in use as one numbered rule, numbered by its
/// notation so a classifier's answer cites the taxonomy directly:
/// <c>HT-1.2 Fraud — Covers: …. Does not cover: …. Examples: …; …. Applies to: text, image.</c>
/// Deprecated categories are left out by default (a classifier must not answer with them); their children stay, as
/// they are still in use. With <c>markDeprecated</c> they are kept as retired rules that point to their replacements,
/// for classifiers that must still recognise content labelled under an older version. Texts are in one language, falling back to the source language where a translation is missing.
/// </summary>
public static class VersionPolicyText
{
    public static string Write(VersionRelease release, string? language = null, bool markDeprecated = false)
    {
        ArgumentNullException.ThrowIfNull(release);
        var snapshot = release.Snapshot;
        var tree = new VersionTree(snapshot);
        var shown = language ?? snapshot.SourceLanguage;
        var text = new StringBuilder();
        text.Append(PlainText.Line(snapshot.Title)).Append(" — policy version ").Append(PlainText.Line(release.Version))
            .Append(" (").Append(shown).AppendLine(")");
        text.AppendLine("Decide which of the numbered rules below the content falls under. A rule covers what it says it")
            .AppendLine("covers and nothing it says it does not cover; a more specific rule (longer number) takes")
            .AppendLine("precedence over its parent. Answer with the rule number, or \"none\" if no rule applies.")
            .AppendLine();

        foreach (var category in tree.Ordered)
        {
            if (category.Status != CategoryStatus.Deprecated)
            {
                text.AppendLine(Rule(tree, category, shown));
            }
            else if (markDeprecated)
            {
                text.AppendLine(Retired(tree, category, shown));
            }
        }

        // The same bytes on every platform (the bundle is hashed); user text holds no line breaks by now.
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static string Rule(VersionTree tree, VersionCategory category, string language)
    {
        var parts = new List<string>();
        Add(parts, "Covers", tree.Text(category.Definitions, language));
        Add(parts, "Does not cover", tree.Text(category.ScopeNotes, language));
        Add(parts, "Examples", string.Join("; ", tree.Examples(category, language).Select(PlainText.Line).Where(example => example.Length > 0)));
        Add(parts, "Applies to", string.Join(", ", category.Modalities));
        var rule = $"{PlainText.Line(category.Notation)} {PlainText.Line(tree.Label(category, language))}";
        return parts.Count == 0 ? rule : $"{rule} — {string.Join(" ", parts)}";
    }

    private static string Retired(VersionTree tree, VersionCategory category, string language)
    {
        var replacements = tree.Replacements(category);
        var instead = replacements.Count == 0
            ? "Do not use."
            : $"Do not use; use {string.Join(" or ", replacements.Select(replacement => PlainText.Line(replacement.Notation)))} instead.";
        return $"{PlainText.Line(category.Notation)} {PlainText.Line(tree.Label(category, language))} — Retired. {instead}";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        var line = PlainText.Line(value);
        if (line.Length > 0)
        {
            parts.Add($"{name}: {line}.");
        }
    }
}
