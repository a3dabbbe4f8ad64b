using System.Text.Json;

namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>
/// The reference taxonomies shipped with the platform (reference-taxonomies.json, embedded in this assembly):
/// publishers' codes, names and hierarchy, with descriptions written for this project.
/// </summary>
public static class ReferenceTaxonomySeed
{
    private const string ResourceName = "HarmTaxonomy.Domain.reference-taxonomies.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<ReferenceTaxonomyContent>> Shipped = new(LoadShipped);

    public static IReadOnlyList<ReferenceTaxonomyContent> All => Shipped.Value;

    public static IReadOnlyList<ReferenceTaxonomyContent> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<SeedFile>(json, Options)
            ?? throw new InvalidDataException("The reference taxonomy seed file is empty.");
        if (file.FormatVersion != 1)
        {
            throw new InvalidDataException($"Unsupported reference seed format version {file.FormatVersion}.");
        }

        return file.Taxonomies;
    }

    private static IReadOnlyList<ReferenceTaxonomyContent> LoadShipped()
    {
        using var stream = typeof(ReferenceTaxonomySeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return Parse(stream);
    }

    private sealed record SeedFile(int FormatVersion, IReadOnlyList<ReferenceTaxonomyContent> Taxonomies);
}
