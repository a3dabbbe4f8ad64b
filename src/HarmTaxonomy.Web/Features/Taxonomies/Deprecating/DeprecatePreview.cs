using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Deprecating;

/// <summary>
/// What deprecating a category will do, said before it happens: it stays in the scheme, labelled data follows its
/// replacements (if any), active children stay where they are, and the next release must be at least minor.
/// </summary>
public static class DeprecatePreview
{
    /// <summary>The categories that may replace it: any other active one.</summary>
    public static IReadOnlyList<DraftTreeNode> Replacements(DraftTreeIndex tree, Guid categoryId) =>
        [.. tree.Active.Where(node => node.Id != categoryId)];

    public static IReadOnlyList<PreviewLine> Describe(
        DraftTreeIndex tree, Guid categoryId, IReadOnlyList<Guid> replacementIds, string language, string? latestVersion, IStringLocalizer<AppStrings> localizer)
    {
        if (tree.Find(categoryId) is not { } category)
        {
            return [];
        }

        var lines = new List<PreviewLine> { new(localizer["Curation.Deprecate.Preview.Stays", DraftTreeIndex.Name(category, language)]) };
        var replacements = replacementIds.Distinct().Select(tree.Find).OfType<DraftTreeNode>().ToList();
        lines.Add(replacements.Count == 0
            ? new(localizer["Curation.Deprecate.Preview.NoReplacement", category.Notation], IsWarning: true)
            : new(localizer[
                "Curation.Deprecate.Preview.Replaced",
                string.Join(", ", replacements.Select(node => DraftTreeIndex.Name(node, language))),
                category.Notation,
                string.Join(", ", replacements.Select(node => node.Notation))]));

        var activeChildren = tree.ChildrenOf(categoryId).Where(child => child.Status == CategoryStatus.Active).ToList();
        if (activeChildren.Count == 1)
        {
            lines.Add(new(localizer["Curation.Deprecate.Preview.ActiveChild", DraftTreeIndex.Name(activeChildren[0], language)], IsWarning: true));
        }
        else if (activeChildren.Count > 1)
        {
            var names = PreviewNames.List([.. activeChildren.Select(child => DraftTreeIndex.Name(child, language))], localizer);
            lines.Add(new(localizer["Curation.Deprecate.Preview.ActiveChildren", activeChildren.Count, names], IsWarning: true));
        }

        lines.Add(NextVersionRule.Describe(VersionBump.Minor, latestVersion, localizer));
        return lines;
    }
}
