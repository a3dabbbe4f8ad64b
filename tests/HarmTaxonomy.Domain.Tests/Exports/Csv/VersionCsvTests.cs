using System.Text;
using HarmTaxonomy.Domain.Exports.Csv;

namespace HarmTaxonomy.Domain.Tests.Exports.Csv;

public sealed class VersionCsvTests
{
    [Fact]
    public void Each_category_is_a_row_in_tree_order_with_columns_per_language()
    {
        var text = Encoding.UTF8.GetString(VersionCsv.ToBytes(ExportFixture.Snapshot()));

        text.ShouldBe(
            "id,notation,parent notation,level,status,replaced by,modalities,label@en,definition@en,scope note@en,label@es,definition@es,scope note@es,mappings\r\n" +
            "0190a000-0000-7000-8000-000000000001,HT-1,,1,active,,text; image,Violence,Content that promotes physical harm.,,Violencia,Contenido que promueve daño físico.,,\r\n" +
            "0190a000-0000-7000-8000-000000000002,HT-1.1,HT-1,2,active,,text,Threats,Statements of intent to harm someone.,Not fiction or news reporting.,Amenazas,,,MLCommons:S1 (exactMatch)\r\n" +
            "0190a000-0000-7000-8000-000000000003,HT-2,,1,deprecated,HT-3,,Scams,Tricks to take money.,,Estafas,,,\r\n" +
            "0190a000-0000-7000-8000-000000000004,HT-3,,1,active,,text,Fraud,Deceiving people for gain.,,,,,MLCommons:S2 (closeMatch); https://example.org/fraud (relatedMatch)\r\n");
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark()
    {
        var bytes = VersionCsv.ToBytes(ExportFixture.Snapshot());

        bytes[0].ShouldBe((byte)'i');
        Encoding.UTF8.GetString(bytes).ShouldContain("daño físico");
    }

    [Fact]
    public void Definitions_with_commas_quotes_and_line_breaks_round_trip()
    {
        var snapshot = ExportFixture.Snapshot("Says \"I'll find you\", or\r\nimplies it;\nin any tone.");
        var rows = VersionCsv.Rows(snapshot);

        using var file = new MemoryStream(VersionCsv.ToBytes(snapshot));
        var read = VersionCsv.Read(file);

        read.Languages.ShouldBe(["en", "es"]);
        read.Rows.Select(row => row.Cells(read.Languages)).ShouldBe(rows.Select(row => row.Cells(snapshot.Languages)));
        read.Rows[1].Definitions["en"].ShouldBe("Says \"I'll find you\", or\r\nimplies it;\nin any tone.");
        read.Rows[1].Definitions.ContainsKey("es").ShouldBeFalse();
        read.Rows[2].ReplacedBy.ShouldBe(["HT-3"]);
        read.Rows[3].Mappings.ShouldBe(["MLCommons:S2 (closeMatch)", "https://example.org/fraud (relatedMatch)"]);
        read.Rows[0].Modalities.ShouldBe(["text", "image"]);
    }

    [Fact]
    public void A_field_with_a_quote_is_quoted_with_the_quote_doubled()
    {
        var text = Encoding.UTF8.GetString(VersionCsv.ToBytes(ExportFixture.Snapshot("Says \"stop\", then acts")));

        text.ShouldContain(",\"Says \"\"stop\"\", then acts\",");
    }
}
