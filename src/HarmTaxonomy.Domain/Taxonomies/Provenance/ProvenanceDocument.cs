using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// A version's provenance as it is published (<c>provenance.json</c> and the aggregate session results of the API):
/// each session with its figures and the proposals of it the version contains, their votes and how they stood against
/// the acceptance rule. Aggregates only: no participant ids, names or communities, and a group's agreement on a
/// proposal stays hidden when fewer people of it voted than the analysis's privacy threshold.
/// </summary>
public sealed record ProvenanceDocument(
    string Slug,
    string Version,
    ProvenanceRule Rule,
    IReadOnlyList<string> Curators,
    IReadOnlyList<ProvenanceSession> Sessions)
{
    /// <summary>The privacy threshold of a session whose analysis parameters are unknown: the analysis's default.</summary>
    public static int DefaultMinPeople { get; } = new AnalysisParameters { Seed = 0 }.MinPeoplePerCell;

    public static ProvenanceDocument From(VersionProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var sessions = provenance.Sessions
            .Select(session => ProvenanceSession.From(
                session, [.. provenance.Adoptions.Where(adoption => adoption.Cause.SessionId == session.SessionId)]))
            .ToList();
        return new ProvenanceDocument(provenance.Slug, provenance.Version, ProvenanceRule.From(provenance.Rule), provenance.Curators, sessions);
    }
}

/// <summary>An acceptance rule with its figures and as it reads.</summary>
public sealed record ProvenanceRule(double MinGroupInformedConsensus, double MinGroupAgreement, int MinGroupSize, bool IsDefault, string Description)
{
    public static ProvenanceRule From(TaxonomyAcceptanceRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ProvenanceRule(rule.MinGroupInformedConsensus, rule.MinGroupAgreement, rule.MinGroupSize, rule.IsDefault, rule.Description);
    }

    public static ProvenanceRule From(AcceptanceRule rule, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return From(new TaxonomyAcceptanceRule(rule.MinGroupInformedConsensus, rule.MinGroupAgreement, rule.MinGroupSize, isDefault));
    }
}

/// <summary>One session's part in the version: its aggregate figures and the proposals of it the version contains.</summary>
public sealed record ProvenanceSession(
    Guid SessionId,
    string Title,
    int ParticipantsCounted,
    int Votes,
    int? Seed,
    AnalysisParameters? Parameters,
    DateTimeOffset? AnalysedAt,
    int ProposalsAccepted,
    IReadOnlyList<ProvenanceProposal> Proposals)
{
    public static ProvenanceSession From(SessionProvenance session, IReadOnlyList<AdoptionRecord> adoptions)
    {
        ArgumentNullException.ThrowIfNull(session);
        var minPeople = session.Parameters?.MinPeoplePerCell ?? ProvenanceDocument.DefaultMinPeople;
        return new ProvenanceSession(
            session.SessionId,
            session.Title,
            session.ParticipantsCounted,
            session.Votes,
            session.Seed,
            session.Parameters,
            session.AnalysedAt?.ToUniversalTime(),
            session.ProposalsAccepted,
            [.. adoptions.Select(adoption => ProvenanceProposal.From(adoption, minPeople))]);
    }
}

/// <summary>
/// An accepted proposal: its text, the categories it changed, its votes when it was accepted, who accepted it and
/// when, and the rule it was judged on with the figures (null figures when it was accepted before rules existed).
/// </summary>
public sealed record ProvenanceProposal(
    Guid ProposalId,
    string Text,
    IReadOnlyList<Guid> Categories,
    int Agree,
    int Disagree,
    int Pass,
    int Participants,
    string AcceptedBy,
    DateTimeOffset AcceptedAt,
    bool? RuleMet,
    double? GroupInformedConsensus,
    ProvenanceRule? RuleApplied,
    IReadOnlyList<string> Shortfalls,
    IReadOnlyList<ProvenanceGroup> Groups,
    ProvenanceAnalysis? Analysis)
{
    public static ProvenanceProposal From(AdoptionRecord adoption, int minPeople)
    {
        ArgumentNullException.ThrowIfNull(adoption);
        var cause = adoption.Cause;
        var evidence = cause.Rule;
        var check = evidence?.ToCheck();
        return new ProvenanceProposal(
            cause.ProposalId,
            cause.Proposal,
            adoption.Categories,
            cause.Agree,
            cause.Disagree,
            cause.Pass,
            cause.Participants,
            adoption.AcceptedBy,
            adoption.At.ToUniversalTime(),
            evidence?.Met,
            evidence?.GroupInformedConsensus,
            evidence is null ? null : ProvenanceRule.From(evidence.Rule, evidence.RuleIsDefault),
            evidence is null ? [] : [.. evidence.Shortfalls.Select(shortfall => RuleWording.Shortfall(shortfall, check, minPeople))],
            evidence is null ? [] : [.. evidence.Groups.Select(group => ProvenanceGroup.From(group, minPeople))],
            evidence?.Analysis is { } used ? new ProvenanceAnalysis(used.Seed, used.Votes, used.Participants, used.ComputedAt.ToUniversalTime()) : null);
    }
}

/// <summary>
/// One opinion group's stand on a proposal, shown as a letter ("A"). <see cref="Votes"/> and <see cref="Agreement"/>
/// are null when fewer people of the group voted on it than the privacy threshold.
/// </summary>
public sealed record ProvenanceGroup(string Group, int Members, bool Applies, int? Votes, double? Agreement)
{
    public static ProvenanceGroup From(GroupAgreement group, int minPeople)
    {
        ArgumentNullException.ThrowIfNull(group);
        var hidden = RuleWording.IsHidden(group, minPeople);
        return new ProvenanceGroup(
            GroupLetters.Of(group.GroupId), group.Members, group.Applies, hidden ? null : group.Votes.Total, hidden ? null : group.Votes.AgreeShare);
    }
}

/// <summary>The analysis a proposal was judged on: its seed, what it counted and when it ran.</summary>
public sealed record ProvenanceAnalysis(int Seed, int Votes, int Participants, DateTimeOffset ComputedAt);
