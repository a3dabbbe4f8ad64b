namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Everything that decides an analysis besides the votes; stored with each result so it can be recomputed bit for bit.
/// The defaults are Polis's.
/// </summary>
public sealed record AnalysisParameters
{
    /// <summary>Seeds the power iteration's start and the k-means starts.</summary>
    public required int Seed { get; init; }

    public int PowerIterations { get; init; } = 100;

    /// <summary>A participant counts once they voted on this many items (or on every item, when there are fewer).</summary>
    public int MinVotesToCount { get; init; } = 7;

    /// <summary>When fewer qualify, the most active voters are added up to this many.</summary>
    public int MinParticipantsCounted { get; init; } = 15;

    public int MaxBaseClusters { get; init; } = 100;

    public int MaxGroups { get; init; } = 5;

    /// <summary>One more group may be tried per this many base clusters (k ≤ 2 + ⌊B / this⌋).</summary>
    public int BaseClustersPerExtraGroup { get; init; } = 12;

    /// <summary>A new number of groups must win this many recomputes in a row before the map changes to it.</summary>
    public int WinsToChangeGroupCount { get; init; } = 4;

    public int MaxKMeansIterations { get; init; } = 50;

    public int MaxRepresentativeItems { get; init; } = 5;

    public int MaxConsensusItems { get; init; } = 5;

    /// <summary>Breakdowns by community or language hide any cell with fewer people than this.</summary>
    public int MinPeoplePerCell { get; init; } = 5;
}
