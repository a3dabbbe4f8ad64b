using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>Checks a proposal against a rule, also before any analysis exists (then it is "not analysed yet").</summary>
public static class ProposalRuleCheck
{
    public static RuleCheck Of(AcceptanceRule rule, OpinionAnalysis? analysis, Guid itemId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return analysis is null
            ? new RuleCheck(rule, false, 0, [], [new RuleShortfall(RuleShortfallKind.NotAnalysed, null, 0, 0)])
            : rule.Check(analysis, itemId);
    }
}
