using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// Turns the diff from the previous version into one English sentence per change and category, so a reader of the
/// concept alone sees what this release did to it (<c>skos:changeNote</c>).
/// </summary>
public static class SkosChangeNotes
{
    /// <summary>The language of the notes; they are generated, like the changelog, in English.</summary>
    public const string Language = "en";

    public static IReadOnlyDictionary<Guid, IReadOnlyList<string>> From(TaxonomyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var release = diff.To;
        IEnumerable<(Guid Id, string Note)> notes = [
            .. diff.Added.Select(category => (category.Id, $"Added in {release}.")),
            .. diff.Deprecated.Select(entry => (entry.Category.Id, Deprecated(entry, release))),
            .. diff.Renamed.Select(entry => (entry.Category.Id, (entry.Before, entry.After) switch
            {
                (null, _) => $"Labelled in {entry.Language} in {release}.",
                (_, null) => $"Label in {entry.Language} removed in {release}.",
                _ => $"Label in {entry.Language} changed from \"{entry.Before}\" to \"{entry.After}\" in {release}.",
            })),
            .. diff.Redefined.Select(entry => (entry.Category.Id, $"Definition or scope note in {entry.Language} revised in {release}.")),
            .. diff.DetailsRevised.Select(entry => (entry.Category.Id, $"Examples or guidance in {entry.Language} revised in {release}.")),
            .. diff.Moved.Select(entry => (entry.Category.Id, $"Moved from {Parent(entry.FromParent)} to {Parent(entry.ToParent)} in {release}.")),
            .. diff.Renumbered.Select(entry => (entry.Category.Id, $"Notation changed from {entry.Before} to {entry.After} in {release}.")),
            .. diff.ModalitiesChanged.Select(entry => (entry.Category.Id, $"Modalities changed to {string.Join(", ", entry.After)} in {release}.")),
            .. diff.MappingsAdded.Select(entry => (entry.Category.Id, $"Mapping added in {release}: {entry.Mapping.Relation} {entry.Mapping.TargetKey}.")),
            .. diff.MappingsRemoved.Select(entry => (entry.Category.Id, $"Mapping removed in {release}: {entry.Mapping.Relation} {entry.Mapping.TargetKey}.")),
        ];
        return notes
            .GroupBy(note => note.Id)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)[.. group.Select(note => note.Note)]);
    }

    private static string Deprecated(DeprecatedEntry entry, string release)
    {
        var replacements = string.Join(", ", entry.ReplacedBy.Select(category => category.Notation));
        var how = entry.Kind switch
        {
            DeprecationKind.MergedInto => $"Merged into {replacements}",
            DeprecationKind.SplitInto => $"Split into {replacements}",
            _ when entry.ReplacedBy.Count > 0 => $"Deprecated, replaced by {replacements},",
            _ => "Deprecated",
        };
        return entry.Reason.Length > 0 ? $"{how} in {release}: {entry.Reason}" : $"{how} in {release}.";
    }

    private static string Parent(CategoryRef? parent) => parent is null ? "the top level" : $"under {parent.Notation}";
}
