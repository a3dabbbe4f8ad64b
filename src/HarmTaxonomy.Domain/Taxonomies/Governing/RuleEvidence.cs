using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// What an accepted proposal was judged on, recorded with the acceptance: the rule in force (and whether it was the
/// default), whether the proposal met it, the figures, the parts it fell short on, and the analysis they came from
/// (null when no analysis existed yet). Acceptance does not require the rule to be met; this makes the choice visible.
/// </summary>
public sealed record RuleEvidence(
    AcceptanceRule Rule,
    bool RuleIsDefault,
    bool Met,
    double GroupInformedConsensus,
    IReadOnlyList<GroupAgreement> Groups,
    IReadOnlyList<RuleShortfall> Shortfalls,
    AnalysisUsed? Analysis)
{
    public static RuleEvidence Judge(TaxonomyAcceptanceRule rule, SupportAnalysis? support, Guid itemId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var check = ProposalRuleCheck.Of(rule.ToRule(), support?.Analysis, itemId);
        var used = support is null
            ? null
            : new AnalysisUsed(support.Analysis.Seed, support.Analysis.VoteCount, support.Analysis.ParticipantCount, support.CoversSequence, support.ComputedAt);
        return new RuleEvidence(check.Rule, rule.IsDefault, check.Meets, check.GroupInformedConsensus, check.Groups, check.Shortfalls, used);
    }

    public RuleCheck ToCheck() => new(Rule, Met, GroupInformedConsensus, Groups, Shortfalls);
}

/// <summary>Which analysis a decision used: its seed, the votes and participants it counted, the last event it covers and when it ran.</summary>
public sealed record AnalysisUsed(int Seed, int Votes, int Participants, long CoversSequence, DateTimeOffset ComputedAt);
