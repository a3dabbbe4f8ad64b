using System.Globalization;
using System.Text;
using HarmTaxonomy.Domain.Exports.Csv;
using HarmTaxonomy.Domain.Tests.Exports.Conformance;
using Sylvan.Data.Csv;

namespace HarmTaxonomy.Domain.Tests.Exports.Csv;

/// <summary>
/// The CSV of a version in every state and language read back by the two .NET readers researchers reach for:
/// CsvHelper (through <see cref="VersionCsv.Read"/>) and Sylvan, which shares no code with the writer.
/// </summary>
public sealed class VersionCsvEveryStateTests
{
    private static readonly IReadOnlyList<VersionCsvRow> Rows = VersionCsv.Rows(EveryStateFixture.Current);

    private static readonly byte[] File = VersionCsv.ToBytes(EveryStateFixture.Current);

    [Fact]
    public void Every_state_and_language_round_trips_through_CsvHelper()
    {
        using var content = new MemoryStream(File);

        var read = VersionCsv.Read(content);

        read.Languages.ShouldBe(EveryStateFixture.Languages);
        read.Rows.Select(row => row.Cells(read.Languages)).ShouldBe(Rows.Select(row => row.Cells(EveryStateFixture.Languages)));
        read.Rows.Single(row => row.Notation == "HT-4").ReplacedBy.ShouldBe(["HT-5", "HT-6"]);
        read.Rows.Single(row => row.Notation == "HT-1.1.1").Level.ShouldBe(3);
        read.Rows.Single(row => row.Notation == "HT-1.1").ScopeNotes["en"].ShouldBe("Not fiction.\nNot song lyrics.");
        read.Rows.Single(row => row.Notation == "HT-1").Labels["ar"].ShouldBe("العنف");
    }

    [Fact]
    public void Every_state_and_language_round_trips_through_Sylvan()
    {
        using var reader = new StreamReader(new MemoryStream(File), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Culture = CultureInfo.InvariantCulture });

        Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ShouldBe(VersionCsv.Columns(EveryStateFixture.Languages));
        var read = new List<IReadOnlyList<string>>();
        while (csv.Read())
        {
            read.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        read.ShouldBe(Rows.Select(row => row.Cells(EveryStateFixture.Languages)));
        read.Select(row => row[4]).ShouldBe(["active", "active", "active", "deprecated", "active", "deprecated", "active", "active", "deprecated"]);
        read.ShouldContain(row => row.Contains("\"I will hurt you\"") || row.Contains("Not fiction.\nNot song lyrics."));
    }
}
