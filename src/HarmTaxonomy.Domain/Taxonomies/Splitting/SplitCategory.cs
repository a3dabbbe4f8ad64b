using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Splitting;

/// <summary>
/// Split a category into two or more new ones beside it (same parent, same modalities): the original is deprecated and
/// replaced by them, and its children move under the first new category.
/// </summary>
public sealed record SplitCategory(Guid SourceId, string? Language, IReadOnlyList<SplitInto>? Into, string? Reason) : ITaxonomyCommand
{
    public const int MaxParts = 20;

    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var source = TaxonomyRules.ActiveCategory(draft, SourceId);
        var language = TaxonomyRules.LanguageOf(draft, Language ?? draft.SourceLanguage);
        var into = Into ?? [];
        if (into.Count is < 2 or > MaxParts)
        {
            throw TaxonomyRules.Invalid("into", $"Split into 2 to {MaxParts} new categories (to change one category, rename or redefine it).");
        }

        var reason = TaxonomyRules.RequiredReason(Reason);
        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstPosition = draft.NextPosition(source.ParentId);
        var parts = new List<SplitPart>();
        for (var index = 0; index < into.Count; index++)
        {
            var part = into[index];
            if (draft.IsIdTaken(part.CategoryId) || parts.Any(existing => existing.CategoryId == part.CategoryId))
            {
                throw new TaxonomyRuleException($"into[{index}]", $"A category {part.CategoryId} already exists.", TaxonomyRuleKind.Conflict);
            }

            var notation = NotationGenerator.Next(draft, source.ParentId, reserved);
            reserved.Add(notation);
            parts.Add(new SplitPart(
                part.CategoryId,
                notation,
                firstPosition + index,
                TaxonomyRules.Label(part.Label, $"into[{index}].label"),
                TaxonomyRules.LongText(part.Definition, $"into[{index}].definition")));
        }

        var children = draft.ChildrenOf(SourceId).Select(child => child.Id).ToList();
        return [new CategorySplit(draft.Id, SourceId, source.ParentId, source.Modalities, language, parts, children, by, at, reason)];
    }
}

/// <summary>One new category of a split: a fresh id, a label and a definition.</summary>
public sealed record SplitInto(Guid CategoryId, string? Label, string? Definition);
