using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// Tells a curator which release a change forces, with the concrete smallest number, so a merge is never a surprise
/// at publishing time.
/// </summary>
public static class NextVersionRule
{
    public static PreviewLine Describe(VersionBump bump, string? latestVersion, IStringLocalizer<AppStrings> localizer)
    {
        if (!SemanticVersion.TryParse(latestVersion, out var latest))
        {
            return new PreviewLine(localizer["Curation.Preview.FirstVersion"]);
        }

        var smallest = latest.Next(bump).ToString();
        return bump switch
        {
            VersionBump.Major => new PreviewLine(localizer["Curation.Preview.MajorVersion", smallest]),
            VersionBump.Minor => new PreviewLine(localizer["Curation.Preview.MinorVersion", smallest]),
            _ => new PreviewLine(localizer["Curation.Preview.PatchVersion", smallest]),
        };
    }
}
