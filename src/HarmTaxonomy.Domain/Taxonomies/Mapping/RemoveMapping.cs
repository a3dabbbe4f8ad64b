using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Mapping;

/// <summary>Remove a category's mapping to one target (<c>reference:code</c> or the URI).</summary>
public sealed record RemoveMapping(Guid CategoryId, string? TargetKey, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        return category.Mappings.Any(mapping => mapping.TargetKey == TargetKey)
            ? [new CategoryMappingRemoved(draft.Id, CategoryId, TargetKey!, by, at, TaxonomyRules.Reason(Reason))]
            : throw new TaxonomyRuleException("target", $"{category.Notation} has no mapping to {TargetKey}.", TaxonomyRuleKind.NotFound);
    }
}
