using System.Globalization;

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
    IReadOnlyList<string> Mappings)
{
    /// <summary>The row's cells in the order of <see cref="VersionCsv.Columns"/>; an absent text is an empty cell.</summary>
    public IReadOnlyList<string> Cells(IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        return
        [
            Id.ToString("D", CultureInfo.InvariantCulture),
            Notation,
            ParentNotation,
            Level.ToString(CultureInfo.InvariantCulture),
            Status,
            string.Join(VersionCsv.ListSeparator, ReplacedBy),
            string.Join(VersionCsv.ListSeparator, Modalities),
            .. languages.SelectMany(language => new[]
            {
                Labels.GetValueOrDefault(language, ""),
                Definitions.GetValueOrDefault(language, ""),
                ScopeNotes.GetValueOrDefault(language, ""),
            }),
            string.Join(VersionCsv.ListSeparator, Mappings),
        ];
    }
}

/// <summary>A version CSV as read back: its languages in column order and its rows.</summary>
public sealed record VersionCsvTable(IReadOnlyList<string> Languages, IReadOnlyList<VersionCsvRow> Rows);
