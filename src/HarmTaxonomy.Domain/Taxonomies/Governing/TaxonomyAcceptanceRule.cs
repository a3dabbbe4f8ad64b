using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// The rule a taxonomy's proposals are held to: the one its curators published or, until they publish one,
/// <see cref="AcceptanceRule.Default"/> (<see cref="IsDefault"/>). Lists, pages and the API show it as it reads.
/// </summary>
public sealed record TaxonomyAcceptanceRule(double MinGroupInformedConsensus, double MinGroupAgreement, int MinGroupSize, bool IsDefault)
{
    public static TaxonomyAcceptanceRule Default { get; } = Of(null);

    /// <summary>"group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members".</summary>
    public string Description => ToRule().Describe();

    public static TaxonomyAcceptanceRule Of(AcceptanceRule? published)
    {
        var rule = published ?? AcceptanceRule.Default;
        return new TaxonomyAcceptanceRule(rule.MinGroupInformedConsensus, rule.MinGroupAgreement, rule.MinGroupSize, published is null);
    }

    public AcceptanceRule ToRule() => new(MinGroupInformedConsensus, MinGroupAgreement, MinGroupSize);
}
