using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Sessions.ReadModels;

/// <summary>
/// The latest opinion analysis of a session (document id = session id), stored by the analysis worker after new
/// votes. With the seed and parameters inside <see cref="Analysis"/> and the votes it covers, anyone can recompute it.
/// </summary>
public sealed class SessionAnalysis
{
    public Guid Id { get; set; }

    public required OpinionAnalysis Analysis { get; set; }

    /// <summary>Vote events (changes included) the room had counted when the votes were copied.</summary>
    public long VotesRecorded { get; set; }

    /// <summary>The last session event sequence the analysis covers.</summary>
    public long CoversSequence { get; set; }

    /// <summary>When the votes were copied: recomputes of one session start at least the minimum interval apart.</summary>
    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>How long the computation took, for the facilitator's view and the logs.</summary>
    public double ComputeMilliseconds { get; set; }
}
