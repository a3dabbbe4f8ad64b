using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;
using HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;
using HarmTaxonomy.Web.Features.Sessions.Participating;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary>The example bodies the API reference shows for the session API: one demo session, told consistently.</summary>
public static class SessionApiExamples
{
    public static readonly Guid SessionId = Guid.Parse("0193a0c5-1111-7000-8000-000000000001");
    public static readonly Guid ParticipantId = Guid.Parse("0193a0c5-2222-7000-8000-000000000002");
    public static readonly Guid ItemId = Guid.Parse("0193a0c5-3333-7000-8000-000000000003");
    public static readonly Guid OtherItemId = Guid.Parse("0193a0c5-3333-7000-8000-000000000004");

    private static readonly DateTimeOffset Opened = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    public static JoinSessionRequest JoinRequest { get; } = new("HARM42", "Ana", "Rosario", "es", true);

    public static JoinedSessionResponse Joined { get; } = new(SessionId, ParticipantId, "htp_CfDJ8…");

    public static OpenSessionRequest OpenRequest { get; } = new("community-harms-demo", "What harms do you see online?", "Name a harm in your own words.", true, ["en", "es"]);

    public static OpenedSessionResponse OpenedSession { get; } = new(SessionId, "HARM42");

    public static SessionResponse Session { get; } = new(SessionId, "What harms do you see online?", "community-harms-demo", "HARM42", "voting", true, Opened, null);

    public static IReadOnlyList<SessionResponse> Sessions { get; } = [Session];

    public static SessionResultsResponse Results { get; } = new(48, 512, [new ResultItem(ItemId, 30, 6, 4), new ResultItem(OtherItemId, 12, 20, 8, "17")]);

    public static SeedStatementRequest SeedRequest { get; } = new("Scam calls that pretend to be a bank.");

    public static CreatedResponse Created { get; } = new(ItemId);

    public static ChangePhaseRequest PhaseRequest { get; } = new("voting", 10);

    public static PhaseResponse Phase { get; } = new("voting", Opened.AddMinutes(10));

    public static HideItemRequest HideRequest { get; } = new("Names a private person.");

    public static MergeItemRequest MergeRequest { get; } = new(OtherItemId);

    private static readonly RuleGroupResponse GroupA = new(0, "A", 20, 16, 2, 2, 0.8, true);
    private static readonly RuleGroupResponse GroupB = new(1, "B", 14, 9, 3, 2, 0.64, true);
    private static readonly RuleAnalysisResponse AnalysisUsed = new(1234, 512, 48, 980, Opened.AddMinutes(40));

    public static RuleCheckResponse RuleCheck { get; } = new(TaxonomyAcceptanceRule.Default, true, 0.52, [GroupA, GroupB], [], AnalysisUsed);

    public static AcceptedProposalResponse Accepted { get; } = new(43, new RuleEvidenceResponse(true, TaxonomyAcceptanceRule.Default, 0.52, [GroupA, GroupB], [], AnalysisUsed));

    public static AnalysisResponse Analysis { get; } = new(
        1234,
        new AnalysisParameters { Seed = 1234 },
        512,
        48,
        Opened.AddMinutes(40),
        [new AnalysisGroupResponse(0, "A", [ParticipantId.ToString()], [new AnalysisRepresentativeItem(ItemId, null, "agree", 0.8, 3.1, 1.6, 2.2, 5.4)])],
        new AnalysisConsensusResponse([new AnalysisConsensusItem(ItemId, null, 0.75, 2.9)], []),
        [new AnalysisItemResponse(ItemId, null, 0.52, 30, 6, 4, 0.7)]);

    public static AnalysisPendingResponse Pending { get; } = new("computing", SessionAnalysisEndpoint.RetryAfterSeconds);

    public static CurrentParticipant Participant { get; } = new(SessionId, ParticipantId, "Ana", "guest");

    public static ImportedPolisResponse Imported { get; } = new(SessionId);
}
