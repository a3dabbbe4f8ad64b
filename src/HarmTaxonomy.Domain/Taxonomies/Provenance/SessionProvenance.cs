using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// One session's part in a version, in aggregate: participants the analysis counted, votes, the analysis seed and
/// parameters (so anyone can recompute it), when it ran, and how many of its proposals the version contains.
/// </summary>
public sealed record SessionProvenance(
    Guid SessionId,
    string Title,
    int ParticipantsCounted,
    int Votes,
    int? Seed,
    AnalysisParameters? Parameters,
    DateTimeOffset? AnalysedAt,
    int ProposalsAccepted);
