using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Splitting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Domain.Sessions.Proposals;

/// <summary>
/// A change to the session's taxonomy, as a participant proposed it. Which fields matter depends on
/// <see cref="Kind"/>: add (label, definition, examples, modalities, parent), rename (category, label), redefine
/// (category, definition), move (category, parent), merge (category into another), split (category into labels),
/// deprecate (category). <see cref="NewCategoryId"/> is fixed at submission: the id an added category will get,
/// and the seed of a split's part ids, so accepting the same proposal always makes the same change.
/// </summary>
public sealed record ProposedChange(
    ProposalKind Kind,
    string Language,
    Guid NewCategoryId,
    Guid? CategoryId = null,
    string? Label = null,
    string? Definition = null,
    IReadOnlyList<string>? Examples = null,
    IReadOnlyList<string>? Modalities = null,
    Guid? ParentId = null,
    Guid? IntoId = null,
    IReadOnlyList<string>? SplitLabels = null,
    string? Rationale = null)
{
    public const int MaxRationale = 2_000;

    /// <summary>The taxonomy command that carries the change out, with the rationale as its reason.</summary>
    public ITaxonomyCommand ToCommand() => Kind switch
    {
        ProposalKind.AddCategory => new AddProposedCategory(NewCategoryId, Language, Label, Definition, ParentId, Modalities, Examples, Rationale),
        ProposalKind.Rename => new WriteCategoryText(Target, Language, Label, null, null, Rationale),
        ProposalKind.Redefine => new RedefineProposedCategory(Target, Language, Definition, Rationale),
        ProposalKind.Move => new MoveCategory(Target, ParentId, Rationale),
        ProposalKind.Merge => new MergeCategory(Target, IntoId ?? throw new TaxonomyRuleException("intoId", "Choose the category to merge into."), Reasoned),
        ProposalKind.Split => new SplitCategory(
            Target, Language, [.. (SplitLabels ?? []).Select((label, index) => new SplitInto(PartId(index), label, ""))], Reasoned),
        ProposalKind.Deprecate => new DeprecateCategory(Target, [], Reasoned),
        _ => throw new TaxonomyRuleException("kind", $"Unknown proposal kind {Kind}."),
    };

    /// <summary>One line people read on a card, in the proposal's language: “Add “Voice cloning” under HT-3”.</summary>
    public string Describe(TaxonomyDraft draft)
    {
        string Name(Guid? id) => id is { } value && draft.Find(value) is { } category
            ? $"{category.Notation} “{category.Labels.GetValueOrDefault(Language) ?? category.Labels.Values.FirstOrDefault() ?? ""}”"
            : "the top level";
        return Kind switch
        {
            ProposalKind.AddCategory => $"Add “{Label?.Trim()}” under {Name(ParentId)}",
            ProposalKind.Rename => $"Rename {Name(CategoryId)} to “{Label?.Trim()}”",
            ProposalKind.Redefine => $"Redefine {Name(CategoryId)}: {Definition?.Trim()}",
            ProposalKind.Move => $"Move {Name(CategoryId)} under {Name(ParentId)}",
            ProposalKind.Merge => $"Merge {Name(CategoryId)} into {Name(IntoId)}",
            ProposalKind.Split => $"Split {Name(CategoryId)} into {string.Join(", ", (SplitLabels ?? []).Select(label => $"“{label.Trim()}”"))}",
            ProposalKind.Deprecate => $"Deprecate {Name(CategoryId)}",
            _ => Kind.ToString(),
        };
    }

    private Guid Target => CategoryId ?? throw new TaxonomyRuleException("categoryId", "Choose the category this proposal changes.");

    // Merge, split and deprecate need a reason in the taxonomy; a proposal without a rationale gives the session's.
    private string Reasoned => string.IsNullOrWhiteSpace(Rationale) ? "Proposed in a deliberation session." : Rationale;

    private Guid PartId(int index)
    {
        var bytes = NewCategoryId.ToByteArray();
        bytes[^1] = (byte)(bytes[^1] ^ (index + 1));
        return new Guid(bytes);
    }
}
