using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>A category as a diff names it: id, notation and label in the source language at that side of the diff.</summary>
public sealed record CategoryRef(Guid Id, string Notation, string Label);

public sealed record DeprecatedEntry(CategoryRef Category, DeprecationKind Kind, IReadOnlyList<CategoryRef> ReplacedBy, string Reason);

public sealed record RenamedEntry(CategoryRef Category, string Language, string? Before, string? After);

public sealed record RedefinedEntry(CategoryRef Category, string Language, string? DefinitionBefore, string? DefinitionAfter, string? ScopeNoteBefore, string? ScopeNoteAfter);

public sealed record MovedEntry(CategoryRef Category, CategoryRef? FromParent, CategoryRef? ToParent);

public sealed record RenumberedEntry(CategoryRef Category, string Before, string After);

public sealed record MappingEntry(CategoryRef Category, CategoryMapping Mapping);

public sealed record ModalitiesEntry(CategoryRef Category, IReadOnlyList<string> Before, IReadOnlyList<string> After);

public sealed record DetailsRevisedEntry(CategoryRef Category, string Language);

/// <summary>
/// Where a label of the old version goes in the new one: the same category, its replacements (followed through
/// chains of merges and splits), or nowhere (<see cref="To"/> empty) when it was removed or deprecated without one.
/// </summary>
public sealed record MigrationEntry(Guid From, string FromNotation, IReadOnlyList<Guid> To, IReadOnlyList<string> ToNotations, MigrationKind Kind);

public enum MigrationKind
{
    Same,
    Replaced,
    Deprecated,
    Removed,
}
