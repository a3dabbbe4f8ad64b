using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// <c>provenance.json</c> of a version's bundle: the <see cref="ProvenanceDocument"/>, camelCase and indented for
/// people to read. The same provenance always gives the same bytes (property order is fixed by the types, times are
/// UTC, line ends are <c>\n</c> on every system), so the bundle's checksums stay stable.
/// </summary>
public static class ProvenanceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        // Readable UTF-8 for every language; the document is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Serialize(VersionProvenance provenance) => JsonSerializer.SerializeToUtf8Bytes(ProvenanceDocument.From(provenance), Options);
}
