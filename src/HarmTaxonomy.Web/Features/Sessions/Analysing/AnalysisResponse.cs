using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.ReadModels;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/analysis</c>: the stored analysis with the seed and parameters that reproduce it.
/// Participants and items are named by their external (Polis) id where they have one, else by their id.
/// </summary>
public sealed record AnalysisResponse(
    int Seed,
    AnalysisParameters Parameters,
    int Votes,
    int Participants,
    DateTimeOffset ComputedAt,
    IReadOnlyList<AnalysisGroupResponse> Groups,
    AnalysisConsensusResponse Consensus,
    IReadOnlyList<AnalysisItemResponse> Items)
{
    public static AnalysisResponse From(SessionAnalysis stored, Func<Guid, string?> participantExternalId, Func<Guid, string?> itemExternalId)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var analysis = stored.Analysis;
        AnalysisConsensusItem Consensus(ConsensusItem item) => new(item.ItemId, itemExternalId(item.ItemId), item.P, item.PTest);
        return new AnalysisResponse(
            analysis.Seed,
            analysis.Parameters,
            analysis.VoteCount,
            analysis.Participants.Count,
            stored.ComputedAt,
            [.. analysis.Groups.Select(group => new AnalysisGroupResponse(
                group.Id,
                GroupLabels.Of(group.Id),
                [.. group.Members.Select(member => participantExternalId(member) ?? member.ToString())],
                [.. group.RepresentativeItems.Select(item => new AnalysisRepresentativeItem(
                    item.ItemId, itemExternalId(item.ItemId), item.Stance == Stance.Agree ? "agree" : "disagree", item.P, item.PTest, item.R, item.RTest, item.Metric))]))],
            new AnalysisConsensusResponse([.. analysis.Consensus.Agree.Select(Consensus)], [.. analysis.Consensus.Disagree.Select(Consensus)]),
            [.. analysis.Items.Select(item => new AnalysisItemResponse(
                item.ItemId, itemExternalId(item.ItemId), item.GroupInformedConsensus, item.Votes.Agree, item.Votes.Disagree, item.Votes.Pass, item.Extremity))]);
    }
}

public sealed record AnalysisGroupResponse(int Id, string Label, IReadOnlyList<string> Members, IReadOnlyList<AnalysisRepresentativeItem> RepresentativeItems);

public sealed record AnalysisRepresentativeItem(Guid Id, string? ExternalId, string Stance, double P, double PTest, double R, double RTest, double Metric);

public sealed record AnalysisConsensusResponse(IReadOnlyList<AnalysisConsensusItem> Agree, IReadOnlyList<AnalysisConsensusItem> Disagree);

public sealed record AnalysisConsensusItem(Guid Id, string? ExternalId, double P, double PTest);

public sealed record AnalysisItemResponse(Guid Id, string? ExternalId, double GroupInformedConsensus, int Agree, int Disagree, int Pass, double Extremity);

/// <summary>While the first analysis is computed: come back after <see cref="RetryAfterSeconds"/>.</summary>
public sealed record AnalysisPendingResponse(string Status, int RetryAfterSeconds);
