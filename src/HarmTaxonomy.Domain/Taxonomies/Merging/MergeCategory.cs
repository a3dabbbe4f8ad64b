using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Merging;

/// <summary>Merge category Source into Target: Source is deprecated and replaced by Target, and Source's children move under Target.</summary>
public sealed record MergeCategory(Guid SourceId, Guid TargetId, string? Reason) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var source = TaxonomyRules.ActiveCategory(draft, SourceId);
        var target = TaxonomyRules.Category(draft, TargetId, "into");
        if (SourceId == TargetId)
        {
            throw TaxonomyRules.Invalid("into", "A category cannot be merged into itself.");
        }

        if (!target.IsActive)
        {
            throw TaxonomyRules.Invalid("into", $"{target.Notation} is deprecated; merge into an active category.");
        }

        if (draft.IsInSubtree(TargetId, SourceId))
        {
            throw TaxonomyRules.Invalid("into", $"{target.Notation} is inside {source.Notation}; merge it the other way round or move it out first.");
        }

        var reason = TaxonomyRules.RequiredReason(Reason);
        var children = draft.ChildrenOf(SourceId).Select(child => child.Id).ToList();
        return [new CategoriesMerged(draft.Id, SourceId, TargetId, children, draft.NextPosition(TargetId), by, at, reason)];
    }
}
