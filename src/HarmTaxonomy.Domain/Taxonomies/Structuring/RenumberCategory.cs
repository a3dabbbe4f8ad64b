using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Structuring;

/// <summary>Give a category another notation (unique in the taxonomy, case-insensitively).</summary>
public sealed record RenumberCategory(Guid CategoryId, string? Notation, string? Reason = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var category = TaxonomyRules.Category(draft, CategoryId);
        var notation = TaxonomyRules.FreeNotation(draft, TaxonomyRules.Notation(Notation), CategoryId);
        return notation == category.Notation
            ? []
            : [new CategoryRenumbered(draft.Id, CategoryId, notation, category.Notation, by, at, TaxonomyRules.Reason(Reason))];
    }
}
