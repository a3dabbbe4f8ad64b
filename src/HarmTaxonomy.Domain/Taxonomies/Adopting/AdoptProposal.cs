using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>Carry out a session's proposal on the draft and record its cause after the change.</summary>
public sealed record AdoptProposal(ITaxonomyCommand Change, ProposalCause Cause) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var changes = Change.Decide(draft, by, at);
        if (changes.Count == 0)
        {
            throw new TaxonomyRuleException("proposal", "The draft already reads as this proposal asks: there is nothing to change.", TaxonomyRuleKind.Conflict);
        }

        var touched = changes.OfType<ICategoryEvent>().SelectMany(change => change.TouchedCategories()).Distinct().ToList();
        var reason = $"Accepted from the session “{Cause.SessionTitle}”: {Cause.Agree} agree, {Cause.Disagree} disagree, {Cause.Pass} pass.";
        return [.. changes, new ProposalAdopted(draft.Id, Cause, touched, by, at, reason)];
    }
}
