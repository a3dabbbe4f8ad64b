using System.Security.Cryptography;
using System.Text.Json;

namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>
/// A fingerprint of the content, so a restart with unchanged seed data records nothing and a changed
/// seed records exactly one revision.
/// </summary>
public static class ReferenceTaxonomyContentHash
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static string Of(ReferenceTaxonomyContent content)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(content, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
