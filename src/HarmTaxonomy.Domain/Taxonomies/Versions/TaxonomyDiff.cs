namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>What changed between two versions of a taxonomy (or a version and the draft), grouped by kind of change.</summary>
public sealed record TaxonomyDiff
{
    public required string From { get; init; }

    public required string To { get; init; }

    public IReadOnlyList<CategoryRef> Added { get; init; } = [];

    public IReadOnlyList<CategoryRef> Removed { get; init; } = [];

    public IReadOnlyList<DeprecatedEntry> Deprecated { get; init; } = [];

    public IReadOnlyList<RenamedEntry> Renamed { get; init; } = [];

    public IReadOnlyList<RedefinedEntry> Redefined { get; init; } = [];

    public IReadOnlyList<DetailsRevisedEntry> DetailsRevised { get; init; } = [];

    public IReadOnlyList<MovedEntry> Moved { get; init; } = [];

    public IReadOnlyList<CategoryRef> Reordered { get; init; } = [];

    public IReadOnlyList<RenumberedEntry> Renumbered { get; init; } = [];

    public IReadOnlyList<ModalitiesEntry> ModalitiesChanged { get; init; } = [];

    public IReadOnlyList<MappingEntry> MappingsAdded { get; init; } = [];

    public IReadOnlyList<MappingEntry> MappingsRemoved { get; init; } = [];

    public IReadOnlyList<string> LanguagesAdded { get; init; } = [];

    public IReadOnlyList<string> LanguagesRemoved { get; init; } = [];

    /// <summary>Title, description or licence of the scheme.</summary>
    public IReadOnlyList<string> SchemeChanges { get; init; } = [];

    public IReadOnlyList<MigrationEntry> Migration { get; init; } = [];

    public VersionBump RequiredBump { get; init; }

    /// <summary>Why the bump is what it is, one short sentence per kind of change that forces it.</summary>
    public IReadOnlyList<string> BumpReasons { get; init; } = [];

    public bool IsEmpty => RequiredBump == VersionBump.None;
}
