namespace HarmTaxonomy.Web.Features.Taxonomies.Listing;

/// <summary>
/// The SPDX licence ids most taxonomies are published under, offered first in the create form; any other SPDX id
/// may still be typed.
/// </summary>
public static class CommonLicences
{
    public static IReadOnlyList<string> All { get; } = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODC-By-1.0", "MIT", "Apache-2.0"];
}
