using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// The bundle's <c>changes.json</c>: the diff from the previous version (null for a first version) and the migration
/// map that relabels data from it, in the same shape as the API's diff.
/// </summary>
public static class ChangesJson
{
    public const string FileName = "changes.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Write(string? previousVersion, string version, TaxonomyDiff changes) =>
        JsonSerializer.SerializeToUtf8Bytes(new VersionChanges(previousVersion, version, changes), Options);

    private sealed record VersionChanges(string? From, string To, TaxonomyDiff Changes);
}
