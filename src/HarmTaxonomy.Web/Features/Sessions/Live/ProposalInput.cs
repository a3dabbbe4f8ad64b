using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Proposals;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// A proposal as a client sends it (hub <c>Propose</c>, the propose dialog): <c>kind</c> is add, rename, redefine,
/// move, merge, split or deprecate; <c>name</c> is the new label (add, rename); <c>splitInto</c> the labels of a split.
/// </summary>
public sealed record ProposalInput(
    string? Kind,
    string? Name = null,
    string? Definition = null,
    IReadOnlyList<string>? Examples = null,
    IReadOnlyList<string>? Modalities = null,
    Guid? ParentId = null,
    Guid? CategoryId = null,
    Guid? IntoId = null,
    IReadOnlyList<string>? SplitInto = null,
    string? Language = null,
    string? Rationale = null)
{
    public ProposedChange ToChange(Guid newCategoryId, string defaultLanguage)
    {
        var kind = ProposalKinds.Parse(Kind)
            ?? throw new SessionRuleException("kind", "A proposal is one of add, rename, redefine, move, merge, split or deprecate.");
        if (kind is ProposalKind.AddCategory or ProposalKind.Rename && string.IsNullOrWhiteSpace(Name))
        {
            throw new SessionRuleException("name", "Give the category a name.");
        }

        if (kind is ProposalKind.AddCategory or ProposalKind.Redefine && string.IsNullOrWhiteSpace(Definition))
        {
            throw new SessionRuleException("definition", "Say what the category covers.");
        }

        return new ProposedChange(
            kind, string.IsNullOrWhiteSpace(Language) ? defaultLanguage : Language.Trim(), newCategoryId, CategoryId, Name?.Trim(), Definition?.Trim(),
            Examples, Modalities, ParentId, IntoId, SplitInto, string.IsNullOrWhiteSpace(Rationale) ? null : Rationale.Trim());
    }
}
