using System.Globalization;

namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// A taxonomy's published bar for accepting a proposal: broad support across opinion groups, not just a majority.
/// Agreement in a group is its members' agrees over their votes on the item (passes included).
/// </summary>
public sealed record AcceptanceRule(double MinGroupInformedConsensus, double MinGroupAgreement, int MinGroupSize)
{
    /// <summary>"Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members."</summary>
    public static AcceptanceRule Default { get; } = new(0.4, 0.6, 5);

    public const int MaxGroupSize = 1000;

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"group-informed consensus ≥ {MinGroupInformedConsensus:0.###} and ≥ {MinGroupAgreement * 100:0.#} % agreement in every opinion group with ≥ {MinGroupSize} members");

    /// <summary>What is wrong with the rule's figures, by field, or nothing when it can be published.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (double.IsNaN(MinGroupInformedConsensus) || MinGroupInformedConsensus is < 0 or > 1)
        {
            problems["minGroupInformedConsensus"] = "Group-informed consensus is a number from 0 to 1.";
        }

        if (double.IsNaN(MinGroupAgreement) || MinGroupAgreement is < 0 or > 1)
        {
            problems["minGroupAgreement"] = "Agreement is a share from 0 to 1 (0.6 for 60 %).";
        }

        if (MinGroupSize is < 1 or > MaxGroupSize)
        {
            problems["minGroupSize"] = $"The group size is a whole number from 1 to {MaxGroupSize}.";
        }

        return problems;
    }

    /// <summary>Checks one item against the rule with the given analysis.</summary>
    public RuleCheck Check(OpinionAnalysis analysis, Guid itemId)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var item = analysis.FindItem(itemId);
        if (item is null)
        {
            return new RuleCheck(this, false, 0, [], [new RuleShortfall(RuleShortfallKind.NotAnalysed, null, 0, 0)]);
        }

        var groups = analysis.Groups
            .Select(group => new GroupAgreement(
                group.Id,
                group.Members.Count,
                group.Id < item.ByGroup.Count ? item.ByGroup[group.Id] : default,
                group.Members.Count >= MinGroupSize))
            .ToList();
        var shortfalls = new List<RuleShortfall>();
        if (item.GroupInformedConsensus < MinGroupInformedConsensus)
        {
            shortfalls.Add(new RuleShortfall(RuleShortfallKind.Consensus, null, item.GroupInformedConsensus, MinGroupInformedConsensus));
        }

        if (!groups.Any(group => group.Applies))
        {
            shortfalls.Add(new RuleShortfall(RuleShortfallKind.NoGroupLargeEnough, null, groups.Count == 0 ? 0 : groups.Max(group => group.Members), MinGroupSize));
        }

        shortfalls.AddRange(groups
            .Where(group => group.Applies && group.Votes.AgreeShare < MinGroupAgreement)
            .Select(group => new RuleShortfall(RuleShortfallKind.GroupAgreement, group.GroupId, group.Votes.AgreeShare, MinGroupAgreement)));
        return new RuleCheck(this, shortfalls.Count == 0, item.GroupInformedConsensus, groups, shortfalls);
    }
}

/// <summary>The outcome of checking an item against a rule, with the figures it was decided on.</summary>
public sealed record RuleCheck(
    AcceptanceRule Rule,
    bool Meets,
    double GroupInformedConsensus,
    IReadOnlyList<GroupAgreement> Groups,
    IReadOnlyList<RuleShortfall> Shortfalls);

/// <summary>One opinion group's votes on the item; <see cref="Applies"/> when the group is large enough for the rule to ask.</summary>
public sealed record GroupAgreement(int GroupId, int Members, VoteCounts Votes, bool Applies);

/// <summary>Which part of a rule an item fails: the figure it has and the one it needs.</summary>
public sealed record RuleShortfall(RuleShortfallKind Kind, int? GroupId, double Actual, double Required);

public enum RuleShortfallKind
{
    /// <summary>Group-informed consensus below the minimum.</summary>
    Consensus,

    /// <summary>An opinion group large enough to count agrees less than required.</summary>
    GroupAgreement,

    /// <summary>No opinion group is large enough yet to show support across camps.</summary>
    NoGroupLargeEnough,

    /// <summary>The analysis does not include the item yet (no votes, or it has not been recomputed).</summary>
    NotAnalysed,
}
