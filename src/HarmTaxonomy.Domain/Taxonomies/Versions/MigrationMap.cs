using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>
/// Relabels a dataset from one version to another: each old category maps to itself when still active, else to the
/// active categories that replace it, following chains (A merged into B, B later split into C and D gives A → C, D).
/// </summary>
public static class MigrationMap
{
    public static IReadOnlyList<MigrationEntry> Between(TaxonomySnapshot from, TaxonomySnapshot to)
    {
        var after = to.ById();
        return [.. from.Categories.Select(category => Entry(category, after))];
    }

    private static MigrationEntry Entry(VersionCategory old, Dictionary<Guid, VersionCategory> after)
    {
        if (!after.TryGetValue(old.Id, out var current))
        {
            return new MigrationEntry(old.Id, old.Notation, [], [], MigrationKind.Removed);
        }

        if (current.Status == CategoryStatus.Active)
        {
            return new MigrationEntry(old.Id, old.Notation, [current.Id], [current.Notation], MigrationKind.Same);
        }

        var targets = ActiveReplacements(current, after);
        return targets.Count == 0
            ? new MigrationEntry(old.Id, old.Notation, [], [], MigrationKind.Deprecated)
            : new MigrationEntry(old.Id, old.Notation, [.. targets.Select(target => target.Id)], [.. targets.Select(target => target.Notation)], MigrationKind.Replaced);
    }

    private static List<VersionCategory> ActiveReplacements(VersionCategory start, Dictionary<Guid, VersionCategory> after)
    {
        var found = new List<VersionCategory>();
        var seen = new HashSet<Guid> { start.Id };
        var pending = new Queue<Guid>(start.Deprecation?.ReplacedBy ?? []);
        while (pending.TryDequeue(out var id))
        {
            if (!seen.Add(id) || !after.TryGetValue(id, out var replacement))
            {
                continue;
            }

            if (replacement.Status == CategoryStatus.Active)
            {
                found.Add(replacement);
            }
            else
            {
                foreach (var next in replacement.Deprecation?.ReplacedBy ?? [])
                {
                    pending.Enqueue(next);
                }
            }
        }

        return found;
    }
}
