namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>
/// The addresses of the public pages. A category's address is also its SKOS concept URI, so these never change
/// shape: every page and export builds them here.
/// </summary>
public static class PublicUrls
{
    public const string Catalogue = "/taxonomies";

    public static string Taxonomy(string slug) => $"/taxonomies/{Uri.EscapeDataString(slug)}";

    public static string Version(string slug, string version) => $"{Taxonomy(slug)}/versions/{Uri.EscapeDataString(version)}";

    public static string Category(string slug, Guid categoryId, string? version = null) =>
        $"{Taxonomy(slug)}/categories/{categoryId}" + (version is null ? "" : $"?version={Uri.EscapeDataString(version)}");

    public static string Diff(string slug, string? from = null, string? to = null) =>
        from is null || to is null
            ? $"{Taxonomy(slug)}/diff"
            : $"{Taxonomy(slug)}/diff?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

    public static string MigrationMap(string slug, string from, string to, string extension) =>
        $"/api/v1/taxonomies/{Uri.EscapeDataString(slug)}/migration-map.{extension}?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";
}
