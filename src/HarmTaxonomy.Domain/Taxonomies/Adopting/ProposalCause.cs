using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>
/// Why a taxonomy changed when a session's proposal was accepted: the session, the proposal, the votes it had
/// when it was accepted (each participant's current vote counted once) and how it stood against the taxonomy's
/// acceptance rule (<see cref="Rule"/>; null only in causes recorded before the rule existed).
/// </summary>
public sealed record ProposalCause(
    Guid SessionId,
    string SessionTitle,
    Guid ProposalId,
    string Proposal,
    int Agree,
    int Disagree,
    int Pass,
    int Participants,
    RuleEvidence? Rule = null);
