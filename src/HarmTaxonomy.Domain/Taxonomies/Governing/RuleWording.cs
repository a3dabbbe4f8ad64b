using System.Globalization;
using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// A rule check in plain English with its figures, for the records that outlive a screen: a category's history, the
/// API's messages. Screens word the same facts in the reader's language. With <c>minPeople</c> above zero, a group
/// where fewer people voted on the item keeps its agreement to itself, as the analysis's privacy threshold asks.
/// </summary>
public static class RuleWording
{
    /// <summary>"Group-informed consensus 0.31 &lt; 0.4", "Group B agrees 45 % &lt; 60 %", …</summary>
    /// <param name="check">The check the shortfall belongs to, for the group's number of voters.</param>
    public static string Shortfall(RuleShortfall shortfall, RuleCheck? check = null, int minPeople = 0)
    {
        ArgumentNullException.ThrowIfNull(shortfall);
        return shortfall.Kind switch
        {
            RuleShortfallKind.Consensus => Invariant($"Group-informed consensus {Hundredths(shortfall.Actual):0.00} < {shortfall.Required:0.###}"),
            RuleShortfallKind.GroupAgreement when IsHidden(GroupOf(check, shortfall), minPeople) => Invariant(
                $"Group {GroupLetters.Of(shortfall.GroupId ?? 0)} agrees less than {shortfall.Required * 100:0.#} % (fewer than {minPeople} voted)"),
            RuleShortfallKind.GroupAgreement => Invariant(
                $"Group {GroupLetters.Of(shortfall.GroupId ?? 0)} agrees {Percent(shortfall.Actual)} % < {shortfall.Required * 100:0.#} %"),
            RuleShortfallKind.NoGroupLargeEnough => Invariant(
                $"No opinion group has {shortfall.Required:0} members yet (largest: {shortfall.Actual:0})"),
            _ => "Not analysed yet",
        };
    }

    /// <summary>"consensus 0.52, A 80 %, B 71 %": the figures of the groups the rule asked.</summary>
    public static string Figures(RuleCheck check, int minPeople = 0)
    {
        ArgumentNullException.ThrowIfNull(check);
        var groups = check.Groups
            .Where(group => group.Applies)
            .Select(group => IsHidden(group, minPeople)
                ? Invariant($", {GroupLetters.Of(group.GroupId)}: fewer than {minPeople} voted")
                : Invariant($", {GroupLetters.Of(group.GroupId)} {Percent(group.Votes.AgreeShare)} %"));
        return Invariant($"consensus {Hundredths(check.GroupInformedConsensus):0.00}") + string.Concat(groups);
    }

    /// <summary>
    /// "met the acceptance rule (consensus 0.52, A 80 %, B 71 %)" or "accepted without meeting the rule (Group B
    /// agrees 45 % &lt; 60 %)".
    /// </summary>
    public static string Verdict(RuleEvidence evidence, int minPeople = 0)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var check = evidence.ToCheck();
        return evidence.Met
            ? $"met the acceptance rule ({Figures(check, minPeople)})"
            : $"accepted without meeting the rule ({string.Join("; ", evidence.Shortfalls.Select(shortfall => Shortfall(shortfall, check, minPeople)))})";
    }

    /// <summary>The group a shortfall names, from its check (null without one).</summary>
    public static GroupAgreement? GroupOf(RuleCheck? check, RuleShortfall shortfall)
    {
        ArgumentNullException.ThrowIfNull(shortfall);
        return check?.Groups.FirstOrDefault(group => group.GroupId == shortfall.GroupId);
    }

    /// <summary>True when fewer than <paramref name="minPeople"/> of the group voted on the item: its figures stay hidden.</summary>
    public static bool IsHidden(GroupAgreement? group, int minPeople) => group is not null && group.Votes.Total < minPeople;

    /// <summary>A share as a whole percent, rounded down so 59.9 % never reads as meeting 60 %.</summary>
    public static int Percent(double share) => (int)Math.Floor((share * 100) + 1e-9);

    /// <summary>Rounded down to two decimals, so 0.399 reads 0.39 next to a required 0.4, never 0.40.</summary>
    public static double Hundredths(double value) => Math.Floor((value * 100) + 1e-9) / 100;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
