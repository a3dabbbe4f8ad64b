namespace HarmTaxonomy.Domain.Taxonomies.ReadModels;

/// <summary>
/// How complete a draft is: per category, which languages carry its label, definition and scope note, and which
/// reference categories or URIs it maps to. Kept compact (no texts) so the whole taxonomy fits one document.
/// </summary>
public sealed record TaxonomyCoverage
{
    public Guid Id { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public Dictionary<Guid, CoverageEntry> Categories { get; init; } = [];

    /// <summary>The draft version this coverage reflects (it is computed asynchronously and may trail the draft briefly).</summary>
    public long DraftVersion { get; init; }
}

public sealed record CoverageEntry
{
    public required string Notation { get; init; }

    public string Label { get; init; } = "";

    public bool Active { get; init; } = true;

    public HashSet<string> Labelled { get; init; } = [];

    public HashSet<string> Defined { get; init; } = [];

    public HashSet<string> ScopeNoted { get; init; } = [];

    /// <summary><c>reference:code</c> for reference categories, the URI otherwise.</summary>
    public HashSet<string> MappedTo { get; init; } = [];
}
