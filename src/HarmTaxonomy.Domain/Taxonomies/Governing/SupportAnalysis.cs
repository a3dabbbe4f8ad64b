using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Taxonomies.Governing;

/// <summary>
/// The opinion analysis a proposal's support is judged on when it is accepted: the session's latest, with the last
/// session event it covers and when it was computed, so the record says which votes the decision saw.
/// </summary>
public sealed record SupportAnalysis(OpinionAnalysis Analysis, long CoversSequence, DateTimeOffset ComputedAt);
