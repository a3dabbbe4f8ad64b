using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>Computes the <see cref="TaxonomyDiff"/> between two snapshots and the version bump it requires.</summary>
public static class TaxonomyDiffer
{
    public static TaxonomyDiff Compare(TaxonomySnapshot from, string fromName, TaxonomySnapshot to, string toName)
    {
        var before = from.ById();
        var after = to.ById();
        var language = to.Languages.Count > 0 ? to.SourceLanguage : from.SourceLanguage;
        CategoryRef Old(VersionCategory category) => new(category.Id, category.Notation, category.LabelIn(language));
        CategoryRef New(VersionCategory category) => new(category.Id, category.Notation, category.LabelIn(language));
        CategoryRef? NewById(Guid? id) => id is { } key && after.TryGetValue(key, out var category) ? New(category) : null;
        CategoryRef? OldById(Guid? id) => id is { } key && before.TryGetValue(key, out var category) ? Old(category) : null;

        var kept = to.Categories.Where(category => before.ContainsKey(category.Id)).ToList();
        var languages = to.Languages.Union(from.Languages).ToList();

        var diff = new TaxonomyDiff
        {
            From = fromName,
            To = toName,
            Added = [.. to.Categories.Where(category => !before.ContainsKey(category.Id)).Select(New)],
            Removed = [.. from.Categories.Where(category => !after.ContainsKey(category.Id)).Select(Old)],
            Deprecated = [.. kept
                .Where(category => category.Status == CategoryStatus.Deprecated && before[category.Id].Status == CategoryStatus.Active)
                .Select(category => new DeprecatedEntry(
                    New(category),
                    category.Deprecation?.Kind ?? DeprecationKind.Deprecated,
                    [.. (category.Deprecation?.ReplacedBy ?? []).Select(id => NewById(id)).OfType<CategoryRef>()],
                    category.Deprecation?.Reason ?? ""))],
            Renamed = [.. kept.SelectMany(category => languages
                .Where(lang => Text(before[category.Id].Labels, lang) != Text(category.Labels, lang))
                .Select(lang => new RenamedEntry(New(category), lang, Text(before[category.Id].Labels, lang), Text(category.Labels, lang))))],
            Redefined = [.. kept.SelectMany(category => languages
                .Where(lang => Text(before[category.Id].Definitions, lang) != Text(category.Definitions, lang)
                    || Text(before[category.Id].ScopeNotes, lang) != Text(category.ScopeNotes, lang))
                .Select(lang => new RedefinedEntry(
                    New(category), lang,
                    Text(before[category.Id].Definitions, lang), Text(category.Definitions, lang),
                    Text(before[category.Id].ScopeNotes, lang), Text(category.ScopeNotes, lang))))],
            DetailsRevised = [.. kept.SelectMany(category => languages
                .Where(lang => !SameDetails(before[category.Id], category, lang))
                .Select(lang => new DetailsRevisedEntry(New(category), lang)))],
            Moved = [.. kept
                .Where(category => before[category.Id].ParentId != category.ParentId)
                .Select(category => new MovedEntry(New(category), OldById(before[category.Id].ParentId), NewById(category.ParentId)))],
            Reordered = [.. Reordered(from, to, before).Select(New)],
            Renumbered = [.. kept
                .Where(category => before[category.Id].Notation != category.Notation)
                .Select(category => new RenumberedEntry(New(category), before[category.Id].Notation, category.Notation))],
            ModalitiesChanged = [.. kept
                .Where(category => !before[category.Id].Modalities.SequenceEqual(category.Modalities))
                .Select(category => new ModalitiesEntry(New(category), before[category.Id].Modalities, category.Modalities))],
            MappingsAdded = [.. to.Categories.SelectMany(category => category.Mappings
                .Where(mapping => !(before.TryGetValue(category.Id, out var old) && old.Mappings.Contains(mapping)))
                .Select(mapping => new MappingEntry(New(category), mapping)))],
            MappingsRemoved = [.. kept.SelectMany(category => before[category.Id].Mappings
                .Where(mapping => !category.Mappings.Contains(mapping))
                .Select(mapping => new MappingEntry(New(category), mapping)))],
            LanguagesAdded = [.. to.Languages.Except(from.Languages)],
            LanguagesRemoved = [.. from.Languages.Except(to.Languages)],
            SchemeChanges = SchemeChanges(from, to),
            Migration = MigrationMap.Between(from, to),
        };
        var (bump, reasons) = VersionBumpRules.Required(diff);
        return diff with { RequiredBump = bump, BumpReasons = reasons };
    }

    /// <summary>
    /// Categories whose place among the siblings they kept changed. Positions themselves are not compared: closing
    /// the gap a removal leaves changes numbers, not the order anyone sees.
    /// </summary>
    private static IEnumerable<VersionCategory> Reordered(TaxonomySnapshot from, TaxonomySnapshot to, Dictionary<Guid, VersionCategory> before)
    {
        var afterIds = to.Categories.Select(category => category.Id).ToHashSet();
        foreach (var siblings in to.Categories.Where(category => before.TryGetValue(category.Id, out var old) && old.ParentId == category.ParentId).GroupBy(category => category.ParentId))
        {
            var newOrder = siblings.OrderBy(category => category.Position).Select(category => category.Id).ToList();
            var kept = newOrder.ToHashSet();
            var oldOrder = from.Categories
                .Where(category => category.ParentId == siblings.Key && kept.Contains(category.Id) && afterIds.Contains(category.Id))
                .OrderBy(category => category.Position)
                .Select(category => category.Id)
                .ToList();
            for (var index = 0; index < newOrder.Count && index < oldOrder.Count; index++)
            {
                if (newOrder[index] != oldOrder[index])
                {
                    yield return siblings.First(category => category.Id == newOrder[index]);
                }
            }
        }
    }

    private static string? Text(IReadOnlyDictionary<string, string> map, string language) =>
        map.TryGetValue(language, out var text) ? text : null;

    private static bool SameDetails(VersionCategory before, VersionCategory after, string language) =>
        List(before.Examples, language).SequenceEqual(List(after.Examples, language), StringComparer.Ordinal)
        && List(before.AltLabels, language).SequenceEqual(List(after.AltLabels, language), StringComparer.Ordinal)
        && Text(before.SeverityGuidance, language) == Text(after.SeverityGuidance, language);

    private static IReadOnlyList<string> List(IReadOnlyDictionary<string, IReadOnlyList<string>> map, string language) =>
        map.TryGetValue(language, out var list) ? list : [];

    private static List<string> SchemeChanges(TaxonomySnapshot from, TaxonomySnapshot to)
    {
        if (from.Slug.Length == 0)
        {
            return [];
        }

        var changes = new List<string>();
        if (from.Title != to.Title)
        {
            changes.Add("title");
        }

        if (from.Description != to.Description)
        {
            changes.Add("description");
        }

        if (from.Licence != to.Licence)
        {
            changes.Add("licence");
        }

        return changes;
    }
}
