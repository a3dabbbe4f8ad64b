using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.ReadModels;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// A session's figures as its stored analysis has them: how many participants and votes it counted, the parameters
/// (seed included) that reproduce it, and when it ran. Counts only: the analysis's placements name participants.
/// </summary>
public sealed record SessionFacts(int ParticipantsCounted, int Votes, AnalysisParameters Parameters, DateTimeOffset AnalysedAt)
{
    public static SessionFacts From(SessionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new SessionFacts(analysis.Analysis.ParticipantCount, analysis.Analysis.VoteCount, analysis.Analysis.Parameters, analysis.ComputedAt);
    }
}
