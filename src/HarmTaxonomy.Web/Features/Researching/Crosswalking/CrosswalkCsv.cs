using System.Globalization;
using CsvHelper;

namespace HarmTaxonomy.Web.Features.Researching.Crosswalking;

/// <summary>
/// The crosswalk as RFC 4180 CSV (UTF-8, CRLF, a header row): one row per pair of a reference category and a category
/// of ours; a reference category nothing maps to has one row with the category columns empty, and each unmapped
/// category of ours one row with the reference columns empty.
/// </summary>
public static class CrosswalkCsv
{
    public const string MediaType = "text/csv";

    public static readonly string[] Header = ["referenceCode", "referenceName", "relation", "categoryId", "notation", "label"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Write(Crosswalk crosswalk)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var row in crosswalk.Rows)
            {
                if (row.Matches.Count == 0)
                {
                    Record(csv, row.ReferenceCode, row.ReferenceName, "", "", "", "");
                }

                foreach (var match in row.Matches)
                {
                    Record(csv, row.ReferenceCode, row.ReferenceName, match.Relation, match.CategoryId.ToString(), match.Notation, match.Label);
                }
            }

            foreach (var category in crosswalk.UnmappedCategories)
            {
                Record(csv, "", "", "", category.CategoryId.ToString(), category.Notation, category.Label);
            }
        }

        return buffer.ToArray();
    }

    private static void Record(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}
