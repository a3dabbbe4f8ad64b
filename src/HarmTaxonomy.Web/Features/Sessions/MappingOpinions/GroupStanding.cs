using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// How far one opinion group leans a way on an item compared with the other groups together: plain shares of the
/// votes cast (passes included), which is what people read into "80 % of group A agree", rather than Polis's smoothed
/// estimates that chose the item.
/// </summary>
public sealed record GroupStanding(double Group, double Rest, int GroupVotes, int RestVotes)
{
    public static GroupStanding Of(ItemAnalysis item, int groupId, Stance stance)
    {
        ArgumentNullException.ThrowIfNull(item);
        var group = groupId < item.ByGroup.Count ? item.ByGroup[groupId] : default;
        var rest = item.ByGroup.Where((_, index) => index != groupId).Aggregate(default(VoteCounts), (sum, votes) => sum + votes);
        return new GroupStanding(Share(group, stance), Share(rest, stance), group.Total, rest.Total);
    }

    public static double Share(VoteCounts votes, Stance stance) =>
        votes.Total == 0 ? 0 : (double)(stance == Stance.Agree ? votes.Agree : votes.Disagree) / votes.Total;
}
