using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>Lists names in a sentence without letting a category with hundreds of children flood the preview.</summary>
public static class PreviewNames
{
    public const int Shown = 5;

    public static string List(IReadOnlyList<string> names, IStringLocalizer<AppStrings> localizer) =>
        names.Count <= Shown
            ? string.Join(", ", names)
            : $"{string.Join(", ", names.Take(Shown))} {localizer["Curation.Preview.AndMore", names.Count - Shown]}";
}
