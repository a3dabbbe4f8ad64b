using System.Diagnostics.CodeAnalysis;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>A category as frozen in a published version: what it means, where it sits, where it maps.</summary>
public sealed record VersionCategory : CategoryContent
{
    public VersionCategory()
    {
    }

    /// <summary>Copies what a category is; the draft-only facts (taxonomy, timestamps) stay behind.</summary>
    [SetsRequiredMembers]
    private VersionCategory(CategoryContent content)
        : base(content)
    {
    }

    public static VersionCategory From(DraftCategory category) => new(category);
}
