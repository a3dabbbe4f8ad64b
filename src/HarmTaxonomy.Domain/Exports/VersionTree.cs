using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports;

/// <summary>
/// The categories of a version in tree order with their depth and parent, and the texts of each in a chosen language
/// with a fallback to the source language, which every human-readable export needs.
/// </summary>
public sealed class VersionTree
{
    private readonly Dictionary<Guid, VersionCategory> byId;
    private readonly Dictionary<Guid, int> levels = [];

    public VersionTree(TaxonomySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        SourceLanguage = snapshot.SourceLanguage;
        byId = snapshot.ById();
        Ordered = TreeOrder.Sort(snapshot.Categories, category => category.Id, category => category.ParentId, category => category.Position, category => category.Notation);
        foreach (var category in Ordered)
        {
            levels[category.Id] = Parent(category) is { } parent ? levels[parent.Id] + 1 : 1;
        }
    }

    public string SourceLanguage { get; }

    /// <summary>Parents before children, siblings by position.</summary>
    public IReadOnlyList<VersionCategory> Ordered { get; }

    /// <summary>1 for a top-level category, 2 for its children, and so on.</summary>
    public int Level(VersionCategory category) => levels[category.Id];

    public VersionCategory? Parent(VersionCategory category) =>
        category.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent) ? parent : null;

    /// <summary>The categories that replace a deprecated one, leaving out ids the version does not hold.</summary>
    public IReadOnlyList<VersionCategory> Replacements(VersionCategory category) =>
        category.Deprecation is { } deprecation
            ? [.. deprecation.ReplacedBy.Where(byId.ContainsKey).Select(id => byId[id])]
            : [];

    public string Label(VersionCategory category, string language) =>
        Text(category.Labels, language) ?? category.LabelIn(SourceLanguage);

    public string? Text(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.TryGetValue(language, out var text) || texts.TryGetValue(SourceLanguage, out text) ? text : null;

    public IReadOnlyList<string> Examples(VersionCategory category, string language) =>
        category.Examples.TryGetValue(language, out var examples) || category.Examples.TryGetValue(SourceLanguage, out examples) ? examples : [];

    /// <summary>A mapping as people read it: <c>MLCommons:S2 (exactMatch)</c>, or the URI for other targets.</summary>
    public static string Mapping(CategoryMapping mapping) => $"{mapping.TargetKey} ({mapping.Relation})";

    public static string Status(CategoryStatus status) => status == CategoryStatus.Deprecated ? "deprecated" : "active";
}
