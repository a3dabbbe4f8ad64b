namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// One category of a taxonomy's draft, as the editor sees it and as the write model holds it. Texts are kept per
/// property and language (as SKOS does), so a tree can read the labels without the long definitions.
/// </summary>
public sealed record DraftCategory
{
    public Guid Id { get; init; }

    public Guid TaxonomyId { get; init; }

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

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The draft (stream) version of the last change to this category.</summary>
    public long ChangedInVersion { get; init; }

    public bool IsActive => Status == CategoryStatus.Active;

    /// <summary>The label in <paramref name="language"/>, else in the first language that has one.</summary>
    public string LabelIn(string language) =>
        Labels.TryGetValue(language, out var label) ? label : Labels.Values.FirstOrDefault() ?? Notation;
}
