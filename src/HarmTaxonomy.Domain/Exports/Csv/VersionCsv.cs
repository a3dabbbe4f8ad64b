using System.Globalization;

using CsvHelper;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Csv;

/// <summary>
/// The version as a spreadsheet for researchers (pandas, R, Excel): RFC 4180 (comma separated, CRLF line ends,
/// fields with commas, quotes or line breaks in double quotes with quotes doubled), UTF-8 without a byte order mark,
/// a header line and one row per category in tree order. The columns are, in this order:
/// <list type="bullet">
/// <item><c>id</c> — the category's stable id (a GUID);</item>
/// <item><c>notation</c>, <c>parent notation</c> (empty at the top level), <c>level</c> (1 at the top level);</item>
/// <item><c>status</c> — <c>active</c> or <c>deprecated</c>; <c>replaced by</c> — notations of the replacements;</item>
/// <item><c>modalities</c> — e.g. <c>text; image</c>;</item>
/// <item>per language of the version, in the version's order: <c>label@xx</c>, <c>definition@xx</c>, <c>scope note@xx</c>;</item>
/// <item><c>mappings</c> — <c>reference:code (relation)</c> or <c>uri (relation)</c>, sorted by target.</item>
/// </list>
/// Lists within a cell are joined by <c>"; "</c>.
/// </summary>
public static class VersionCsv
{
    public const string ListSeparator = "; ";
    public const string Id = "id";
    public const string Notation = "notation";
    public const string ParentNotation = "parent notation";
    public const string Level = "level";
    public const string Status = "status";
    public const string ReplacedBy = "replaced by";
    public const string Modalities = "modalities";
    public const string Label = "label";
    public const string Definition = "definition";
    public const string ScopeNote = "scope note";
    public const string Mappings = "mappings";

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        DetectSeparatorHint = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The header cells for a version in <paramref name="languages"/>.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<string> languages) =>
    [
        Id, Notation, ParentNotation, Level, Status, ReplacedBy, Modalities,
        .. languages.SelectMany(language => new[] { $"{Label}@{language}", $"{Definition}@{language}", $"{ScopeNote}@{language}" }),
        Mappings,
    ];

    public static IReadOnlyList<VersionCsvRow> Rows(TaxonomySnapshot snapshot)
    {
        var tree = new VersionTree(snapshot);
        return [.. tree.Ordered.Select(category => new VersionCsvRow(
            category.Id,
            category.Notation,
            tree.Parent(category)?.Notation ?? "",
            tree.Level(category),
            VersionTree.Status(category.Status),
            [.. tree.Replacements(category).Select(replacement => replacement.Notation)],
            category.Modalities,
            category.Labels,
            category.Definitions,
            category.ScopeNotes,
            [.. category.Mappings.OrderBy(mapping => mapping.TargetKey, StringComparer.Ordinal).Select(VersionTree.Mapping)]))];
    }

    public static void Write(TaxonomySnapshot snapshot, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Write(snapshot.Languages, Rows(snapshot), destination);
    }

    public static void Write(IReadOnlyList<string> languages, IEnumerable<VersionCsvRow> rows, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.Create(destination, WriterOptions, leaveOpen: true);
        csv.WriteHeader([.. Columns(languages)]);
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells(languages))
            {
                csv.WriteField(cell);
            }

            csv.EndRecord();
        }
    }

    public static byte[] ToBytes(TaxonomySnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        Write(snapshot, buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads a file written by <see cref="Write(TaxonomySnapshot, Stream)"/>; the languages come from the <c>label@xx</c> columns.</summary>
    public static VersionCsvTable Read(Stream content)
    {
        using var csv = CsvReader.Create(content, ReaderOptions, leaveOpen: true);
        csv.ReadHeader();
        var headers = csv.Headers.ToList();
        var languages = headers
            .Where(header => header.StartsWith(Label + "@", StringComparison.Ordinal))
            .Select(header => header[(Label.Length + 1)..])
            .ToList();
        var rows = new List<VersionCsvRow>();
        while (csv.Read())
        {
            string Cell(string column) => csv.GetString(headers.IndexOf(column)) ?? "";
            rows.Add(new VersionCsvRow(
                Guid.Parse(Cell(Id), CultureInfo.InvariantCulture),
                Cell(Notation),
                Cell(ParentNotation),
                int.Parse(Cell(Level), CultureInfo.InvariantCulture),
                Cell(Status),
                List(Cell(ReplacedBy)),
                List(Cell(Modalities)),
                PerLanguage(languages, language => Cell($"{Label}@{language}")),
                PerLanguage(languages, language => Cell($"{Definition}@{language}")),
                PerLanguage(languages, language => Cell($"{ScopeNote}@{language}")),
                List(Cell(Mappings))));
        }

        return new VersionCsvTable(languages, rows);
    }

    private static string[] List(string cell) =>
        cell.Length == 0 ? [] : cell.Split(ListSeparator);

    /// <summary>Empty cells are absent texts, as in the version itself.</summary>
    private static Dictionary<string, string> PerLanguage(IEnumerable<string> languages, Func<string, string> cell) =>
        languages.Select(language => (language, text: cell(language)))
            .Where(pair => pair.text.Length > 0)
            .ToDictionary(pair => pair.language, pair => pair.text, StringComparer.Ordinal);
}
