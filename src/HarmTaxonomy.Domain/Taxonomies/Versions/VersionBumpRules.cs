using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>
/// The smallest release a diff allows. Major: something a labelled dataset depends on broke (a category removed,
/// merged, split, moved or renumbered). Minor: something was added or retired (categories, languages, mappings,
/// modalities, deprecations, licence). Patch: wording and order only.
/// </summary>
public static class VersionBumpRules
{
    public static (VersionBump Bump, IReadOnlyList<string> Reasons) Required(TaxonomyDiff diff)
    {
        var major = new List<string>();
        Note(major, diff.Removed.Count, "removed");
        Note(major, diff.Deprecated.Count(entry => entry.Kind == DeprecationKind.MergedInto), "merged into another");
        Note(major, diff.Deprecated.Count(entry => entry.Kind == DeprecationKind.SplitInto), "split");
        Note(major, diff.Moved.Count, "moved");
        Note(major, diff.Renumbered.Count, "renumbered");
        if (diff.LanguagesRemoved.Count > 0)
        {
            major.Add($"languages removed: {string.Join(", ", diff.LanguagesRemoved)}");
        }

        if (major.Count > 0)
        {
            return (VersionBump.Major, major);
        }

        var minor = new List<string>();
        Note(minor, diff.Added.Count, "added");
        Note(minor, diff.Deprecated.Count, "deprecated");
        Note(minor, diff.ModalitiesChanged.Count, "with changed modalities");
        if (diff.LanguagesAdded.Count > 0)
        {
            minor.Add($"languages added: {string.Join(", ", diff.LanguagesAdded)}");
        }

        if (diff.SchemeChanges.Contains("licence"))
        {
            // Who may reuse the taxonomy, and how, is not a wording fix.
            minor.Add("licence changed");
        }

        if (diff.MappingsAdded.Count + diff.MappingsRemoved.Count > 0)
        {
            minor.Add($"{diff.MappingsAdded.Count} mapping(s) added, {diff.MappingsRemoved.Count} removed");
        }

        if (minor.Count > 0)
        {
            return (VersionBump.Minor, minor);
        }

        var patch = new List<string>();
        Note(patch, diff.Renamed.Count, "relabelled");
        Note(patch, diff.Redefined.Count, "redefined");
        Note(patch, diff.DetailsRevised.Count, "with revised examples or guidance");
        Note(patch, diff.Reordered.Count, "reordered");
        if (diff.SchemeChanges.Count > 0)
        {
            patch.Add($"scheme {string.Join(", ", diff.SchemeChanges)} changed");
        }

        return patch.Count > 0 ? (VersionBump.Patch, patch) : (VersionBump.None, []);
    }

    private static void Note(List<string> reasons, int count, string what)
    {
        if (count > 0)
        {
            reasons.Add(count == 1 ? $"1 category {what}" : $"{count} categories {what}");
        }
    }
}
