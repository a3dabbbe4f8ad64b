using System.Globalization;
using CsvHelper;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Csv;

/// <summary>
/// The migration map between two versions as CSV, the form a data set owner joins against their labels: one row per
/// category of the older version with its id and notation, what happened to it (<c>same</c>, <c>replaced</c>,
/// <c>deprecated</c>, <c>removed</c>) and the ids and notations to use instead (joined by <c>"; "</c>). RFC 4180, CRLF,
/// UTF-8 without a byte order mark, like the version CSV.
/// </summary>
public static class MigrationCsv
{
    public static IReadOnlyList<string> Columns { get; } = ["from id", "from notation", "kind", "to ids", "to notations"];

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Write(IEnumerable<MigrationEntry> migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns]);
            foreach (var entry in migration)
            {
                csv.WriteField(entry.From.ToString());
                csv.WriteField(entry.FromNotation);
                csv.WriteField(entry.Kind.ToString().ToLowerInvariant());
                csv.WriteField(string.Join(VersionCsv.ListSeparator, entry.To));
                csv.WriteField(string.Join(VersionCsv.ListSeparator, entry.ToNotations));
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
