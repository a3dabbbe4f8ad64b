using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Sessions.Analysing;

namespace HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/proposals/{itemId}/rule-check</c>: the taxonomy's rule, whether the proposal meets it
/// now, the figures per opinion group, each part it falls short on (with an English message), and the analysis used
/// (null while none has been computed).
/// </summary>
public sealed record RuleCheckResponse(
    TaxonomyAcceptanceRule Rule,
    bool Meets,
    double GroupInformedConsensus,
    IReadOnlyList<RuleGroupResponse> Groups,
    IReadOnlyList<RuleShortfallResponse> Shortfalls,
    RuleAnalysisResponse? Analysis)
{
    public static RuleCheckResponse From(TaxonomyAcceptanceRule rule, RuleCheck check, SessionAnalysis? stored)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new RuleCheckResponse(
            rule,
            check.Meets,
            check.GroupInformedConsensus,
            RuleGroupResponse.Of(check.Groups),
            RuleShortfallResponse.Of(check.Shortfalls),
            stored is null ? null : new RuleAnalysisResponse(
                stored.Analysis.Seed, stored.Analysis.VoteCount, stored.Analysis.ParticipantCount, stored.CoversSequence, stored.ComputedAt));
    }
}

/// <summary>What accepting a proposal recorded about the rule: the same figures as a rule check, as they were then.</summary>
public sealed record RuleEvidenceResponse(
    bool Met,
    TaxonomyAcceptanceRule Rule,
    double GroupInformedConsensus,
    IReadOnlyList<RuleGroupResponse> Groups,
    IReadOnlyList<RuleShortfallResponse> Shortfalls,
    RuleAnalysisResponse? Analysis)
{
    public static RuleEvidenceResponse From(RuleEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var rule = TaxonomyAcceptanceRule.Of(evidence.Rule) with { IsDefault = evidence.RuleIsDefault };
        return new RuleEvidenceResponse(
            evidence.Met,
            rule,
            evidence.GroupInformedConsensus,
            RuleGroupResponse.Of(evidence.Groups),
            RuleShortfallResponse.Of(evidence.Shortfalls),
            evidence.Analysis is { } used ? new RuleAnalysisResponse(used.Seed, used.Votes, used.Participants, used.CoversSequence, used.ComputedAt) : null);
    }
}

/// <summary><c>POST …/proposals/{itemId}/accept</c>: the draft version the change produced and how it stood against the rule.</summary>
public sealed record AcceptedProposalResponse(long DraftVersion, RuleEvidenceResponse Rule);

/// <summary>One opinion group's votes on the proposal; <see cref="Applies"/> when it is large enough for the rule to ask.</summary>
public sealed record RuleGroupResponse(int Id, string Label, int Members, int Agree, int Disagree, int Pass, double Agreement, bool Applies)
{
    public static IReadOnlyList<RuleGroupResponse> Of(IReadOnlyList<GroupAgreement> groups) =>
        [.. groups.Select(group => new RuleGroupResponse(
            group.GroupId, GroupLabels.Of(group.GroupId), group.Members, group.Votes.Agree, group.Votes.Disagree, group.Votes.Pass, group.Votes.AgreeShare, group.Applies))];
}

/// <summary>A part of the rule the proposal fails: the figure it has, the one it needs, and the group (by letter) it concerns.</summary>
public sealed record RuleShortfallResponse(RuleShortfallKind Kind, string? Group, double Actual, double Required, string Message)
{
    public static IReadOnlyList<RuleShortfallResponse> Of(IReadOnlyList<RuleShortfall> shortfalls) =>
        [.. shortfalls.Select(shortfall => new RuleShortfallResponse(
            shortfall.Kind,
            shortfall.GroupId is { } group ? GroupLabels.Of(group) : null,
            shortfall.Actual,
            shortfall.Required,
            RuleWording.Shortfall(shortfall)))];
}

/// <summary>The analysis a check or a decision used: its seed, the votes and participants it counted, the last event it covers and when it ran.</summary>
public sealed record RuleAnalysisResponse(int Seed, int Votes, int Participants, long CoversSequence, DateTimeOffset ComputedAt);
