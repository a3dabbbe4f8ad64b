using System.Globalization;
using System.Text;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>Drafts the Markdown changelog of a release from its diff; the curator edits it before publishing.</summary>
public static class ChangelogWriter
{
    public static string Write(TaxonomyDiff diff)
    {
        var text = new StringBuilder();
        Section(text, "Breaking changes", [
            .. diff.Removed.Select(category => $"Removed {Name(category)}."),
            .. diff.Deprecated.Where(entry => entry.Kind == DeprecationKind.MergedInto)
                .Select(entry => $"Merged {Name(entry.Category)} into {Names(entry.ReplacedBy)}.{Because(entry.Reason)}"),
            .. diff.Deprecated.Where(entry => entry.Kind == DeprecationKind.SplitInto)
                .Select(entry => $"Split {Name(entry.Category)} into {Names(entry.ReplacedBy)}.{Because(entry.Reason)}"),
            .. diff.Moved.Select(entry => $"Moved {Name(entry.Category)} from {Parent(entry.FromParent)} to {Parent(entry.ToParent)}."),
            .. diff.Renumbered.Select(entry => $"Renumbered {entry.Before} to {entry.After} ({entry.Category.Label})."),
            .. diff.LanguagesRemoved.Select(language => $"Dropped the language `{language}`."),
        ]);
        Section(text, "Added", [
            .. diff.Added.Select(category => $"{Name(category)}."),
            .. diff.LanguagesAdded.Select(language => $"Language `{language}`."),
        ]);
        Section(text, "Deprecated", [
            .. diff.Deprecated.Where(entry => entry.Kind == DeprecationKind.Deprecated)
                .Select(entry => $"{Name(entry.Category)}{(entry.ReplacedBy.Count > 0 ? $", replaced by {Names(entry.ReplacedBy)}" : "")}.{Because(entry.Reason)}"),
        ]);
        Section(text, "Mappings", [
            .. diff.MappingsAdded.Select(entry => $"{Name(entry.Category)} {entry.Mapping.Relation} {Target(entry.Mapping)}."),
            .. diff.MappingsRemoved.Select(entry => $"Removed: {Name(entry.Category)} {entry.Mapping.Relation} {Target(entry.Mapping)}."),
            .. diff.ModalitiesChanged.Select(entry => $"{Name(entry.Category)} now applies to {string.Join(", ", entry.After)}."),
        ]);
        Section(text, "Wording", [
            .. diff.Renamed.Select(entry => entry.Before is null
                ? $"{Name(entry.Category)} labelled in `{entry.Language}`: {entry.After}."
                : $"{entry.Category.Notation} renamed in `{entry.Language}`: {entry.Before} → {entry.After}."),
            .. diff.Redefined.Select(entry => $"{Name(entry.Category)} redefined in `{entry.Language}`."),
            .. diff.DetailsRevised.Select(entry => $"{Name(entry.Category)}: examples or guidance revised in `{entry.Language}`."),
            .. diff.Reordered.Count switch
            {
                0 => Array.Empty<string>(),
                1 => ["1 category reordered."],
                _ => [string.Create(CultureInfo.InvariantCulture, $"{diff.Reordered.Count} categories reordered.")],
            },
            .. diff.SchemeChanges.Select(change => $"Scheme {change} updated."),
        ]);
        return text.Length == 0 ? "No changes." : text.ToString().TrimEnd();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.Append("### ").AppendLine(title).AppendLine();
        foreach (var line in lines)
        {
            text.Append("- ").AppendLine(line);
        }

        text.AppendLine();
    }

    private static string Name(CategoryRef category) => $"**{category.Notation}** {category.Label}";

    private static string Names(IReadOnlyList<CategoryRef> categories) =>
        categories.Count == 0 ? "nothing" : string.Join(", ", categories.Select(Name));

    private static string Parent(CategoryRef? parent) => parent is null ? "the top level" : Name(parent);

    private static string Because(string reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" Reason: {reason.Trim()}";

    private static string Target(CategoryMapping mapping) => mapping.Uri ?? $"{mapping.Reference} {mapping.Code}";
}
