using HarmTaxonomy.Domain.Exports.Packaging;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>The formats a published version is offered in, by extension and by media type (for <c>Accept</c>).</summary>
public static class VersionFormats
{
    public static VersionFormat Json { get; } = new(VersionPackage.Json, "application/json", "JSON");

    public static IReadOnlyList<VersionFormat> All { get; } =
    [
        Json,
        new(VersionPackage.Csv, "text/csv", "CSV"),
        new(VersionPackage.Turtle, "text/turtle", "SKOS Turtle"),
        new(VersionPackage.JsonLd, "application/ld+json", "SKOS JSON-LD"),
        new(VersionPackage.Markdown, "text/markdown", "Markdown"),
        new(VersionPackage.PolicyText, "text/plain", "Policy text"),
        new(VersionPackage.Bundle, "application/zip", "Bundle (zip)"),
    ];

    /// <summary>How a refusal names what is supported: <c>json (application/json), csv (text/csv), …</c>.</summary>
    public static string Supported { get; } = string.Join(", ", All.Select(format => $"{format.Extension} ({format.MediaType})"));

    public static VersionFormat? ByExtension(string extension) =>
        All.FirstOrDefault(format => string.Equals(format.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The response's Content-Type: text formats say they are UTF-8, so browsers and tools never guess.</summary>
    public static string ContentType(VersionFormat format) =>
        format.MediaType.StartsWith("text/", StringComparison.Ordinal) ? $"{format.MediaType}; charset=utf-8" : format.MediaType;
}
