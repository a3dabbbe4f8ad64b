using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Merging;

/// <summary>
/// What merging one category into another will do, said before it happens: the source retires in favour of the
/// target, its children move, labelled data follows, and the next release must be major.
/// </summary>
public static class MergePreview
{
    /// <summary>The categories a source may merge into: active, not itself and not inside its own subtree.</summary>
    public static IReadOnlyList<DraftTreeNode> Targets(DraftTreeIndex tree, Guid sourceId) =>
        [.. tree.Active.Where(node => !tree.IsInSubtree(node.Id, sourceId))];

    public static IReadOnlyList<PreviewLine> Describe(
        DraftTreeIndex tree, Guid sourceId, Guid targetId, string language, string? latestVersion, IStringLocalizer<AppStrings> localizer)
    {
        if (tree.Find(sourceId) is not { } source || tree.Find(targetId) is not { } target)
        {
            return [];
        }

        var lines = new List<PreviewLine>
        {
            new(localizer["Curation.Merge.Preview.Replaced", DraftTreeIndex.Name(source, language), DraftTreeIndex.Name(target, language)]),
        };
        var children = tree.ChildrenOf(sourceId);
        if (children.Count == 1)
        {
            lines.Add(new(localizer["Curation.Merge.Preview.Child", DraftTreeIndex.Name(children[0], language), target.Notation]));
        }
        else if (children.Count > 1)
        {
            var names = PreviewNames.List([.. children.Select(child => DraftTreeIndex.Name(child, language))], localizer);
            lines.Add(new(localizer["Curation.Merge.Preview.Children", children.Count, names, target.Notation]));
        }

        lines.Add(new(localizer["Curation.Merge.Preview.Relabelled", source.Notation, target.Notation]));
        lines.Add(NextVersionRule.Describe(VersionBump.Major, latestVersion, localizer));
        return lines;
    }
}
