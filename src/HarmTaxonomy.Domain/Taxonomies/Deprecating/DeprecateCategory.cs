using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Deprecating;

/// <summary>Retire a category, optionally naming the active categories that replace it. It stays in the scheme so old labels resolve.</summary>
public sealed record DeprecateCategory(Guid CategoryId, IReadOnlyList<Guid>? ReplacedBy, string? Reason) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        TaxonomyRules.ActiveCategory(draft, CategoryId);
        var replacements = (ReplacedBy ?? []).Distinct().ToList();
        foreach (var id in replacements)
        {
            var replacement = draft.Find(id) ?? throw TaxonomyRules.Invalid("replacedBy", $"The replacement {id} is not a category of this taxonomy.");
            if (id == CategoryId)
            {
                throw TaxonomyRules.Invalid("replacedBy", "A category cannot replace itself.");
            }

            if (!replacement.IsActive)
            {
                throw TaxonomyRules.Invalid("replacedBy", $"{replacement.Notation} is deprecated too; name an active replacement.");
            }
        }

        return [new CategoryDeprecated(draft.Id, CategoryId, replacements, by, at, TaxonomyRules.RequiredReason(Reason))];
    }
}
