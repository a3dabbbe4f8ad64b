namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>Every download of one published version, generated once and never changed.</summary>
public sealed record VersionFileSet(string Slug, string Version, IReadOnlyList<VersionFile> Files)
{
    public VersionFile? Find(string extension) =>
        Files.FirstOrDefault(file => string.Equals(file.Format.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The public download address of one format: <c>/api/v1/taxonomies/{slug}/versions/{version}.{ext}</c>.</summary>
    public static string UrlOf(string slug, string version, string extension) =>
        $"/api/v1/taxonomies/{Uri.EscapeDataString(slug)}/versions/{Uri.EscapeDataString(version)}.{extension}";
}
