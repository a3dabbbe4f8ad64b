namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// What a category is, in the draft and in a release alike: its place, its status, its texts per property and
/// language (as SKOS keeps them) and its mappings.
/// </summary>
public abstract record CategoryContent
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

    /// <summary>The label in <paramref name="language"/>, else in the first language that has one.</summary>
    public string LabelIn(string language) =>
        Labels.TryGetValue(language, out var label) ? label : Labels.Values.FirstOrDefault() ?? Notation;
}
