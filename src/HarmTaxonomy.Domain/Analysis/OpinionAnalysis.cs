namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// One computed analysis of a conversation: where counted participants sit on the opinion map, the opinion groups
/// and what represents each, the consensus items and per-item figures. Reproducible from the same votes, the same
/// <see cref="Parameters"/> (seed included) and the same previous analysis.
/// </summary>
public sealed record OpinionAnalysis
{
    public required AnalysisParameters Parameters { get; init; }

    public int Seed => Parameters.Seed;

    /// <summary>Votes on included items that the analysis covers.</summary>
    public required int VoteCount { get; init; }

    /// <summary>Participants with at least one vote on an included item.</summary>
    public required int ParticipantCount { get; init; }

    public required IReadOnlyList<ParticipantPlacement> Participants { get; init; }

    public required IReadOnlyList<OpinionGroup> Groups { get; init; }

    public required ConsensusItems Consensus { get; init; }

    public required IReadOnlyList<ItemAnalysis> Items { get; init; }

    public required GroupCountChoice GroupCount { get; init; }

    /// <summary>The fewest votes a participant needs to count (and appear on the map).</summary>
    public required int VotesToCount { get; init; }

    public ItemAnalysis? FindItem(Guid itemId) => Items.FirstOrDefault(item => item.ItemId == itemId);
}

/// <summary>A counted participant's place on the opinion map and their group.</summary>
public sealed record ParticipantPlacement(Guid ParticipantId, double X, double Y, int Group);

/// <summary>An opinion group: its members, centre on the map and the items that set it apart (best first).</summary>
public sealed record OpinionGroup(int Id, double X, double Y, IReadOnlyList<Guid> Members, IReadOnlyList<RepresentativeItem> RepresentativeItems);

public sealed record RepresentativeItem(Guid ItemId, Stance Stance, double P, double PTest, double R, double RTest, double Metric);

/// <summary>Items the whole room agrees (or disagrees) on, ignoring groups, best first.</summary>
public sealed record ConsensusItems(IReadOnlyList<ConsensusItem> Agree, IReadOnlyList<ConsensusItem> Disagree);

public sealed record ConsensusItem(Guid ItemId, double P, double PTest);

/// <summary>
/// Figures for one item: its loadings on the two components and extremity, votes of everyone and of each group
/// (in group order), group-informed consensus, card priority, and agreement by self-declared community and language.
/// </summary>
public sealed record ItemAnalysis(
    Guid ItemId,
    double First,
    double Second,
    double Extremity,
    VoteCounts Votes,
    IReadOnlyList<VoteCounts> ByGroup,
    double GroupInformedConsensus,
    double Priority,
    IReadOnlyList<SliceAgreement> ByCommunity,
    IReadOnlyList<SliceAgreement> ByLanguage);

/// <summary>Votes of the people in one community or language; <see cref="Votes"/> is null (hidden) below the privacy threshold.</summary>
public sealed record SliceAgreement(string Value, VoteCounts? Votes)
{
    public bool IsHidden => Votes is null;
}

/// <summary>
/// How the number of groups was chosen: the silhouette of each k tried, this recompute's winner, and the k in use,
/// which only changes after a new k has won <see cref="AnalysisParameters.WinsToChangeGroupCount"/> recomputes in a row.
/// </summary>
public sealed record GroupCountChoice(int Chosen, int Winner, int? Candidate, int CandidateWins, IReadOnlyList<GroupCountScore> Scores);

public sealed record GroupCountScore(int K, double Silhouette);

/// <summary>What a participant declared about themselves, for the community and language breakdowns.</summary>
public sealed record ParticipantTraits(string? Community, string? Language);
