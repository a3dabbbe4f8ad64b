using HarmTaxonomy.Domain.Taxonomies.Adopting;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// One accepted proposal as provenance: the cause (session, proposal, vote counts, the rule evidence with
/// group-informed consensus and per-group agreement), the categories it touched, who accepted it, when, and the
/// draft version it produced (a version contains it when it was published after that draft version).
/// </summary>
public sealed record AdoptionRecord(
    ProposalCause Cause,
    IReadOnlyList<Guid> Categories,
    string AcceptedBy,
    DateTimeOffset At,
    long DraftVersion);
