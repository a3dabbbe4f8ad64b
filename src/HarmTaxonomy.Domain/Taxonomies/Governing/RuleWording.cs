using System.Globalization;
using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// A rule check in plain English with its figures, for the records that outlive a screen: a category's history, the
/// API's messages. Screens word the same facts in the reader's language.
/// </summary>
public static class RuleWording
{
    /// <summary>"Group-informed consensus 0.31 < 0.4", "Group B agrees 45 % < 60 %", …</summary>
    public static string Shortfall(RuleShortfall shortfall)
    {
        ArgumentNullException.ThrowIfNull(shortfall);
        return shortfall.Kind switch
        {
            RuleShortfallKind.Consensus => Invariant($"Group-informed consensus {Hundredths(shortfall.Actual):0.00} < {shortfall.Required:0.###}"),
            RuleShortfallKind.GroupAgreement => Invariant(
                $"Group {GroupLetters.Of(shortfall.GroupId ?? 0)} agrees {Percent(shortfall.Actual)} % < {shortfall.Required * 100:0.#} %"),
            RuleShortfallKind.NoGroupLargeEnough => Invariant(
                $"No opinion group has {shortfall.Required:0} members yet (largest: {shortfall.Actual:0})"),
            _ => "Not analysed yet",
        };
    }

    /// <summary>"consensus 0.52, A 80 %, B 71 %": the figures of the groups the rule asked.</summary>
    public static string Figures(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var groups = check.Groups
            .Where(group => group.Applies)
            .Select(group => Invariant($", {GroupLetters.Of(group.GroupId)} {Percent(group.Votes.AgreeShare)} %"));
        return Invariant($"consensus {Hundredths(check.GroupInformedConsensus):0.00}") + string.Concat(groups);
    }

    /// <summary>
    /// "met the acceptance rule (consensus 0.52, A 80 %, B 71 %)" or "accepted without meeting the rule (Group B
    /// agrees 45 % &lt; 60 %)".
    /// </summary>
    public static string Verdict(RuleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Met
            ? $"met the acceptance rule ({Figures(evidence.ToCheck())})"
            : $"accepted without meeting the rule ({string.Join("; ", evidence.Shortfalls.Select(Shortfall))})";
    }

    /// <summary>A share as a whole percent, rounded down so 59.9 % never reads as meeting 60 %.</summary>
    public static int Percent(double share) => (int)Math.Floor((share * 100) + 1e-9);

    /// <summary>Rounded down to two decimals, so 0.399 reads 0.39 next to a required 0.4, never 0.40.</summary>
    public static double Hundredths(double value) => Math.Floor((value * 100) + 1e-9) / 100;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
