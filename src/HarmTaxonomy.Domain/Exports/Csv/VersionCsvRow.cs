namespace HarmTaxonomy.Domain.Exports.Csv;

/// <summary>One category as a line of the version CSV; lists are the cells split on <see cref="VersionCsv.ListSeparator"/>.</summary>
public sealed record VersionCsvRow(
    Guid Id,
    string Notation,
    string ParentNotation,
    int Level,
    string Status,
    IReadOnlyList<string> ReplacedBy,
    IReadOnlyList<string> Modalities,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Definitions,
    IReadOnlyDictionary<string, string> ScopeNotes,
    IReadOnlyList<string> Mappings);

/// <summary>A version CSV as read back: its languages in column order and its rows.</summary>
public sealed record VersionCsvTable(IReadOnlyList<string> Languages, IReadOnlyList<VersionCsvRow> Rows);
