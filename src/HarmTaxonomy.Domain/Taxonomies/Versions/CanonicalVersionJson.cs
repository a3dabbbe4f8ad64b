using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>
/// The canonical JSON document of a published version and its SHA-256. The bytes must be reproducible from the
/// version alone, so property order is fixed by the types, maps are sorted by key, and nothing depends on culture.
/// </summary>
public static class CanonicalVersionJson
{
    public const string SchemaPath = "/schemas/taxonomy-version.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Readable UTF-8 for every language; the document is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Serialize(CanonicalVersion version) => JsonSerializer.SerializeToUtf8Bytes(version, Options);

    public static string Sha256(byte[] json) => Convert.ToHexStringLower(SHA256.HashData(json));

    public static CanonicalVersion Build(TaxonomySnapshot snapshot, string version, string? previousVersion, DateTimeOffset released, string changelog) => new(
        Schema: SchemaPath,
        Slug: snapshot.Slug,
        Title: snapshot.Title,
        Version: version,
        PreviousVersion: previousVersion,
        Released: released.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        Licence: snapshot.Licence,
        Languages: snapshot.Languages,
        Description: snapshot.Description,
        Changelog: changelog,
        Categories: [.. snapshot.Categories.Select(Category)]);

    private static CanonicalCategory Category(VersionCategory category) => new(
        Id: category.Id,
        Notation: category.Notation,
        ParentId: category.ParentId,
        Position: category.Position,
        Status: category.Status,
        Deprecation: category.Deprecation is { } deprecation
            ? new CanonicalDeprecation(deprecation.Kind, deprecation.ReplacedBy, deprecation.Reason)
            : null,
        Modalities: category.Modalities,
        Labels: Sorted(category.Labels),
        Definitions: Sorted(category.Definitions),
        ScopeNotes: Sorted(category.ScopeNotes),
        Examples: Sorted(category.Examples),
        AltLabels: Sorted(category.AltLabels),
        SeverityGuidance: Sorted(category.SeverityGuidance),
        Mappings: [.. category.Mappings
            .OrderBy(mapping => mapping.TargetKey, StringComparer.Ordinal)
            .Select(mapping => new CanonicalMapping(mapping.Relation, mapping.Reference, mapping.Code, mapping.Uri, mapping.Note))]);

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> map) =>
        new(map.ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.Ordinal);
}

/// <summary>The canonical version document (described by the JSON Schema at <see cref="CanonicalVersionJson.SchemaPath"/>).</summary>
public sealed record CanonicalVersion(
    [property: JsonPropertyName("$schema")] string Schema,
    string Slug,
    string Title,
    string Version,
    string? PreviousVersion,
    string Released,
    string Licence,
    IReadOnlyList<string> Languages,
    string Description,
    string Changelog,
    IReadOnlyList<CanonicalCategory> Categories);

public sealed record CanonicalCategory(
    Guid Id,
    string Notation,
    Guid? ParentId,
    int Position,
    Drafting.CategoryStatus Status,
    CanonicalDeprecation? Deprecation,
    IReadOnlyList<string> Modalities,
    SortedDictionary<string, string> Labels,
    SortedDictionary<string, string> Definitions,
    SortedDictionary<string, string> ScopeNotes,
    SortedDictionary<string, IReadOnlyList<string>> Examples,
    SortedDictionary<string, IReadOnlyList<string>> AltLabels,
    SortedDictionary<string, string> SeverityGuidance,
    IReadOnlyList<CanonicalMapping> Mappings);

public sealed record CanonicalDeprecation(Drafting.DeprecationKind Kind, IReadOnlyList<Guid> ReplacedBy, string Reason);

public sealed record CanonicalMapping(string Relation, string? Reference, string? Code, string? Uri, string? Note);
