using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>A category as frozen in a published version: what it means, where it sits, where it maps.</summary>
public sealed record VersionCategory
{
    public Guid Id { get; init; }

    public required string Notation { get; init; }

    public Guid? ParentId { get; init; }

    public int Position { get; init; }

    public CategoryStatus Status { get; init; }

    public Deprecation? Deprecation { get; init; }

    public IReadOnlyList<string> Modalities { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Definitions { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> ScopeNotes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> SeverityGuidance { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Examples { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> AltLabels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<CategoryMapping> Mappings { get; init; } = [];

    public string LabelIn(string language) =>
        Labels.TryGetValue(language, out var label) ? label : Labels.Values.FirstOrDefault() ?? Notation;

    public static VersionCategory From(DraftCategory category) => new()
    {
        Id = category.Id,
        Notation = category.Notation,
        ParentId = category.ParentId,
        Position = category.Position,
        Status = category.Status,
        Deprecation = category.Deprecation,
        Modalities = category.Modalities,
        Labels = category.Labels,
        Definitions = category.Definitions,
        ScopeNotes = category.ScopeNotes,
        SeverityGuidance = category.SeverityGuidance,
        Examples = category.Examples,
        AltLabels = category.AltLabels,
        Mappings = category.Mappings,
    };
}
