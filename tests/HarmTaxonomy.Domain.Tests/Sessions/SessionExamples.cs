using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Tests.Taxonomies;

namespace HarmTaxonomy.Domain.Tests.Sessions;

/// <summary>
/// One session on the small test taxonomy, with a facilitator, three participants and numbered items, and the events
/// that set such a session up, so each test states only what matters to it.
/// </summary>
internal static class SessionExamples
{
    public static readonly Guid SessionId = Guid.Parse("01960000-0000-7000-8000-0000000000a1");
    public static readonly Guid FacilitatorUserId = Guid.Parse("01960000-0000-7000-8000-0000000000f1");
    public static readonly SessionActor Facilitator = SessionActor.Account(FacilitatorUserId, "Fran Facilitator");
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid Ana = Guid.Parse("01960000-0000-7000-8000-0000000000b1");
    public static readonly Guid Ben = Guid.Parse("01960000-0000-7000-8000-0000000000b2");
    public static readonly Guid Cy = Guid.Parse("01960000-0000-7000-8000-0000000000b3");

    public static SessionActor AnaActor => SessionActor.Participant(Ana, "Ana");

    public static SessionActor BenActor => SessionActor.Participant(Ben, "Ben");

    /// <summary>Items (statements and proposals) are numbered: <c>Item(1)</c>, <c>Item(2)</c>, …</summary>
    public static Guid Item(int number) => Guid.Parse($"01960000-0000-7000-a000-{number:D12}");

    public static Guid Comment(int number) => Guid.Parse($"01960000-0000-7000-c000-{number:D12}");

    public static SessionOpened Opened(bool allowGuests = true, bool preModerate = false, bool voteWhileDiscussing = false, params string[] languages) => new(
        SessionId,
        TaxonomyExamples.TaxonomyId,
        "open-harms",
        "Naming harms",
        "Which harms do you meet?",
        languages.Length > 0 ? languages : ["en", "es"],
        new SessionSettings(allowGuests, preModerate, voteWhileDiscussing),
        "HARM42",
        Facilitator,
        Now);

    public static ParticipantJoined Joined(Guid participantId, string? name = null, Guid? userId = null) =>
        new(SessionId, participantId, name ?? NameOf(participantId), userId, null, null, Now);

    public static ParticipantLeft Left(Guid participantId) => new(SessionId, participantId, Now);

    public static SessionPhaseChanged Phase(SessionPhase to) => new(SessionId, SessionPhase.Draft, to, null, Facilitator, Now);

    public static SessionClosed Closed() => new(SessionId, SessionPhase.Voting, "Thanks all.", Facilitator, Now);

    /// <summary>A facilitator's seed: accepted at once. The text defaults to one unique to the item.</summary>
    public static StatementSubmitted Seeded(Guid itemId, string? text = null) =>
        new(SessionId, itemId, text ?? $"Statement {itemId:N}", ModerationState.Accepted, Facilitator, Now);

    public static StatementSubmitted Submitted(Guid itemId, Guid by, ModerationState state = ModerationState.Accepted, string? text = null) =>
        new(SessionId, itemId, text ?? $"Statement {itemId:N}", state, SessionActor.Participant(by, NameOf(by)), Now);

    public static ProposalSubmitted Proposed(Guid itemId, ProposedChange change, ModerationState state = ModerationState.Accepted, string? text = null) =>
        new(SessionId, itemId, change, text ?? $"Proposal {itemId:N}", state, AnaActor, Now);

    public static ProposedChange AddVoiceCloning(Guid newCategoryId, string language = "en") =>
        new(ProposalKind.AddCategory, language, newCategoryId, Label: "Voice cloning", Definition: "Synthetic voices of real people.", ParentId: TaxonomyExamples.Fraud);

    public static ItemHidden Hidden(Guid itemId) => new(SessionId, itemId, "Off topic", Facilitator, Now);

    public static ItemApproved Approved(Guid itemId) => new(SessionId, itemId, Facilitator, Now);

    public static ItemMerged Merged(Guid duplicateId, Guid survivorId) => new(SessionId, duplicateId, survivorId, Facilitator, Now);

    public static VoteCast Vote(Guid participantId, Guid itemId, VoteValue value, string? clientVoteId = null) =>
        new(SessionId, participantId, itemId, value, clientVoteId ?? Guid.NewGuid().ToString("N"), Now);

    public static CommentPosted Commented(Guid itemId, Guid commentId, Guid? parentId = null, int depth = 0) =>
        new(SessionId, itemId, commentId, parentId, depth, CommentStance.For, $"Comment {commentId:N}", AnaActor, Now);

    /// <summary>Open, Ana, Ben and Cy joined, items 1–3 seeded, in the voting phase.</summary>
    public static ISessionEvent[] InVoting(bool voteWhileDiscussing = false) =>
    [
        Opened(voteWhileDiscussing: voteWhileDiscussing),
        Joined(Ana), Joined(Ben), Joined(Cy),
        Seeded(Item(1)), Seeded(Item(2)), Seeded(Item(3)),
        Phase(SessionPhase.Voting),
    ];

    /// <summary>Open, Ana and Ben joined, in the proposing phase, with nothing submitted yet.</summary>
    public static ISessionEvent[] InProposing(bool preModerate = false) =>
    [
        Opened(preModerate: preModerate),
        Joined(Ana), Joined(Ben),
        Phase(SessionPhase.Proposing),
    ];

    private static string NameOf(Guid participantId) =>
        participantId == Ana ? "Ana" : participantId == Ben ? "Ben" : participantId == Cy ? "Cy" : "Someone";
}
