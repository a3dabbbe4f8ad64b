using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>
/// Carry out a session's proposal on the draft and record its cause after the change, judged against the taxonomy's
/// acceptance rule on <see cref="Support"/> (the session's latest analysis; null when none exists yet). Not meeting
/// the rule does not stop the change: the cause records that it was accepted anyway.
/// </summary>
public sealed record AdoptProposal(ITaxonomyCommand Change, ProposalCause Cause, SupportAnalysis? Support = null) : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var changes = Change.Decide(draft, by, at);
        if (changes.Count == 0)
        {
            throw new TaxonomyRuleException("proposal", "The draft already reads as this proposal asks: there is nothing to change.", TaxonomyRuleKind.Conflict);
        }

        var evidence = RuleEvidence.Judge(TaxonomyAcceptanceRule.Of(draft.AcceptanceRule), Support, Cause.ProposalId);
        var cause = Cause with { Rule = evidence };
        var touched = changes.OfType<ICategoryEvent>().SelectMany(change => change.TouchedCategories()).Distinct().ToList();
        // The history is read more widely than the analysis: small groups' figures stay hidden there too.
        var verdict = RuleWording.Verdict(evidence, Support?.Analysis.Parameters.MinPeoplePerCell ?? 0);
        var reason = $"Accepted from the session “{cause.SessionTitle}”: {cause.Agree} agree, {cause.Disagree} disagree, {cause.Pass} pass; {verdict}.";
        return [.. changes, new ProposalAdopted(draft.Id, cause, touched, by, at, reason)];
    }
}
