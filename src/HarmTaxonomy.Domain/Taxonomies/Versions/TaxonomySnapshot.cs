namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>
/// The whole content of a taxonomy at one moment (a published version, or the draft now), with the categories in
/// tree order: parents before children, siblings by position.
/// </summary>
public sealed record TaxonomySnapshot(
    string Slug,
    string Title,
    string Description,
    string Licence,
    IReadOnlyList<string> Languages,
    IReadOnlyList<VersionCategory> Categories)
{
    public string SourceLanguage => Languages.Count > 0 ? Languages[0] : "en";

    public static TaxonomySnapshot Empty { get; } = new("", "", "", "", [], []);

    public Dictionary<Guid, VersionCategory> ById() => Categories.ToDictionary(category => category.Id);
}
