using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Governing;

/// <summary>
/// An acceptance rule and a proposal's standing against it in the reader's language, with the same figures and the
/// same rounding (down, so a near miss never reads as a pass) as the recorded English wording. A group where fewer
/// than <c>minPeople</c> voted on the item (the analysis's privacy threshold) keeps its agreement to itself.
/// </summary>
public static class RuleTexts
{
    /// <summary>The threshold when no analysis says otherwise (<see cref="AnalysisParameters.MinPeoplePerCell"/>'s default).</summary>
    public const int DefaultMinPeople = 5;

    public static int MinPeopleOf(OpinionAnalysis? analysis) => analysis?.Parameters.MinPeoplePerCell ?? DefaultMinPeople;

    /// <summary>"Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members".</summary>
    public static string Describe(IStringLocalizer<AppStrings> l, TaxonomyAcceptanceRule rule)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(rule);
        return l["Rule.Describe", rule.MinGroupInformedConsensus, rule.MinGroupAgreement * 100, rule.MinGroupSize];
    }

    /// <summary>"Group-informed consensus 0.31 &lt; 0.4", "Group B agrees 45 % &lt; 60 %", and so on.</summary>
    public static string Shortfall(IStringLocalizer<AppStrings> l, RuleShortfall shortfall, RuleCheck check, int minPeople)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(shortfall);
        var letter = GroupLetters.Of(shortfall.GroupId ?? 0);
        return shortfall.Kind switch
        {
            RuleShortfallKind.Consensus => l["Rule.Shortfall.Consensus", RuleWording.Hundredths(shortfall.Actual), shortfall.Required],
            RuleShortfallKind.GroupAgreement when RuleWording.IsHidden(RuleWording.GroupOf(check, shortfall), minPeople) =>
                l["Rule.Shortfall.GroupAgreementHidden", letter, shortfall.Required * 100, minPeople],
            RuleShortfallKind.GroupAgreement => l["Rule.Shortfall.GroupAgreement", letter, RuleWording.Percent(shortfall.Actual), shortfall.Required * 100],
            RuleShortfallKind.NoGroupLargeEnough => l["Rule.Shortfall.NoGroup", (int)shortfall.Required, (int)shortfall.Actual],
            _ => l["Rule.Shortfall.NotAnalysed"],
        };
    }

    /// <summary>"Consensus 0.52 · A 80 % · B 71 %": the figures of the groups the rule asks.</summary>
    public static string Figures(IStringLocalizer<AppStrings> l, RuleCheck check, int minPeople)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(check);
        var groups = check.Groups
            .Where(group => group.Applies)
            .Select(group => RuleWording.IsHidden(group, minPeople)
                ? $" · {l["Rule.Figures.GroupHidden", GroupLetters.Of(group.GroupId), minPeople]}"
                : $" · {GroupLetters.Of(group.GroupId)} {RuleWording.Percent(group.Votes.AgreeShare)} %");
        return l["Rule.Figures.Consensus", RuleWording.Hundredths(check.GroupInformedConsensus)] + string.Concat(groups);
    }

    /// <summary>Every part a check fails, in order, joined for one line.</summary>
    public static string Shortfalls(IStringLocalizer<AppStrings> l, RuleCheck check, int minPeople)
    {
        ArgumentNullException.ThrowIfNull(check);
        return string.Join("; ", check.Shortfalls.Select(shortfall => Shortfall(l, shortfall, check, minPeople)));
    }
}
