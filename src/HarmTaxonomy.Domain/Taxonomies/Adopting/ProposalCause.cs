namespace HarmTaxonomy.Domain.Taxonomies.Adopting;

/// <summary>
/// Why a taxonomy changed when a session's proposal was accepted: the session, the proposal and the votes it had
/// when it was accepted (each participant's current vote counted once).
/// </summary>
public sealed record ProposalCause(
    Guid SessionId,
    string SessionTitle,
    Guid ProposalId,
    string Proposal,
    int Agree,
    int Disagree,
    int Pass,
    int Participants);
