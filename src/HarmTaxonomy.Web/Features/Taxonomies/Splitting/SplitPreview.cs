using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Splitting;

/// <summary>
/// What splitting a category will do, said before it happens: the source retires in favour of the new categories
/// beside it, its children move under the first, labelled data needs a choice, and the next release must be major.
/// </summary>
public static class SplitPreview
{
    /// <param name="partLabels">The new categories' labels as typed so far, in order (blank ones are named by position).</param>
    public static IReadOnlyList<PreviewLine> Describe(
        DraftTreeIndex tree, Guid sourceId, IReadOnlyList<string?> partLabels, string language, string? latestVersion, IStringLocalizer<AppStrings> localizer)
    {
        if (tree.Find(sourceId) is not { } source || partLabels.Count == 0)
        {
            return [];
        }

        var parts = partLabels
            .Select((label, index) => string.IsNullOrWhiteSpace(label)
                ? localizer["Curation.Split.Preview.Unnamed", index + 1].Value
                : $"“{label.Trim()}”")
            .ToList();
        var lines = new List<PreviewLine>
        {
            new(localizer["Curation.Split.Preview.Replaced", DraftTreeIndex.Name(source, language), parts.Count, string.Join(", ", parts)]),
            new(source.ParentId is { } parentId && tree.Find(parentId) is { } parent
                ? localizer["Curation.Split.Preview.BesideUnder", DraftTreeIndex.Name(parent, language)]
                : localizer["Curation.Split.Preview.BesideTop"]),
        };
        var children = tree.ChildrenOf(sourceId);
        if (children.Count == 1)
        {
            lines.Add(new(localizer["Curation.Split.Preview.Child", DraftTreeIndex.Name(children[0], language), parts[0]]));
        }
        else if (children.Count > 1)
        {
            var names = PreviewNames.List([.. children.Select(child => DraftTreeIndex.Name(child, language))], localizer);
            lines.Add(new(localizer["Curation.Split.Preview.Children", children.Count, names, parts[0]]));
        }

        lines.Add(new(localizer["Curation.Split.Preview.Relabelled", source.Notation, parts.Count]));
        lines.Add(NextVersionRule.Describe(VersionBump.Major, latestVersion, localizer));
        return lines;
    }
}
