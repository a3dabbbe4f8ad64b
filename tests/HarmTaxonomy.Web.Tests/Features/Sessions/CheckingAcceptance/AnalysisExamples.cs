using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.CheckingAcceptance;

/// <summary>Opinion analyses written by hand, so a screen's figures can be checked to the percent.</summary>
public static class AnalysisExamples
{
    /// <summary>Groups of the given sizes (group 0 is A); each item lists its votes per group in the same order.</summary>
    public static OpinionAnalysis Groups(int[] sizes, params (Guid Item, VoteCounts[] ByGroup)[] items) => new()
    {
        Parameters = new AnalysisParameters { Seed = 7 },
        VoteCount = items.Sum(item => item.ByGroup.Sum(votes => votes.Total)),
        ParticipantCount = sizes.Sum(),
        Participants = [],
        Groups = [.. sizes.Select((size, id) => new OpinionGroup(id, 0, 0, [.. Enumerable.Range(0, size).Select(_ => Guid.NewGuid())], []))],
        Consensus = new ConsensusItems([], []),
        Items = [.. items.Select(item => new ItemAnalysis(
            item.Item,
            0,
            0,
            0,
            item.ByGroup.Aggregate(default(VoteCounts), (sum, votes) => sum + votes),
            item.ByGroup,
            GroupInformedConsensus.Of(item.ByGroup),
            1,
            [],
            []))],
        GroupCount = new GroupCountChoice(sizes.Length, sizes.Length, null, 0, []),
        VotesToCount = 1,
    };
}
