using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Taxonomies.Versions;

/// <summary>
/// The rows of the migration map a dataset owner has to act on: every old category that is not simply the same one
/// under the same notation. A renumbered category is listed too, since labels stored as notations change.
/// </summary>
public static class MigrationRows
{
    public static IReadOnlyList<MigrationEntry> ToAct(IReadOnlyList<MigrationEntry> migration) =>
        [.. migration.Where(entry => !IsUnchanged(entry))];

    public static int Unchanged(IReadOnlyList<MigrationEntry> migration) => migration.Count(IsUnchanged);

    public static bool IsRenumbered(MigrationEntry entry) =>
        entry.Kind == MigrationKind.Same && !(entry.ToNotations.Count == 1 && entry.ToNotations[0] == entry.FromNotation);

    private static bool IsUnchanged(MigrationEntry entry) => entry.Kind == MigrationKind.Same && !IsRenumbered(entry);
}
