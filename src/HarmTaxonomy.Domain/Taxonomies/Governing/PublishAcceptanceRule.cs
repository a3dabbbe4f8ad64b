using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// Publish the taxonomy's acceptance rule. Figures are optional here so that a missing one is named like a wrong one;
/// publishing the rule already in force records nothing.
/// </summary>
public sealed record PublishAcceptanceRule(double? MinGroupInformedConsensus, double? MinGroupAgreement, int? MinGroupSize, string? Reason = null)
    : ITaxonomyCommand
{
    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (MinGroupInformedConsensus is null)
        {
            problems["minGroupInformedConsensus"] = "Give the least group-informed consensus, a number from 0 to 1 (such as 0.4).";
        }

        if (MinGroupAgreement is null)
        {
            problems["minGroupAgreement"] = "Give the least agreement in each opinion group, a share from 0 to 1 (0.6 for 60 %).";
        }

        if (MinGroupSize is null)
        {
            problems["minGroupSize"] = "Give the size from which an opinion group counts, a whole number such as 5.";
        }

        var rule = new AcceptanceRule(MinGroupInformedConsensus ?? 0, MinGroupAgreement ?? 0, MinGroupSize ?? 1);
        foreach (var (field, message) in rule.Problems())
        {
            problems.TryAdd(field, message);
        }

        if (problems.Count > 0)
        {
            var (field, message) = problems.First();
            throw new TaxonomyRuleException(field, message) { FieldErrors = problems };
        }

        var reason = TaxonomyRules.Reason(Reason);
        return rule == draft.AcceptanceRule ? [] : [new AcceptanceRulePublished(draft.Id, rule, by, at, reason)];
    }
}
