using HarmTaxonomy.Domain.Sessions.Comments;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating;

/// <summary>
/// A statement or proposal as the facilitator console shows it: a copy taken under the room's lock, so the screen
/// renders it while votes and moderation go on changing the room.
/// </summary>
public sealed record ConsoleItem
{
    public required Guid Id { get; init; }

    public required ItemKind Kind { get; init; }

    public required string Text { get; init; }

    public string AuthorName { get; init; } = "";

    public DateTimeOffset SubmittedAt { get; init; }

    public ModerationState State { get; init; } = ModerationState.Accepted;

    public string? HiddenReason { get; init; }

    /// <summary>For a merged item: the survivor its votes now count for.</summary>
    public Guid? MergedInto { get; init; }

    public int Agree { get; init; }

    public int Disagree { get; init; }

    public int Pass { get; init; }

    /// <summary>Why the proposer wants the change (proposals only).</summary>
    public string? Rationale { get; init; }

    /// <summary>Set once a proposal was carried into the taxonomy draft.</summary>
    public AcceptedIntoDraft? Acceptance { get; init; }

    public IReadOnlyList<ConsoleComment> Comments { get; init; } = [];

    public bool IsVisible => State == ModerationState.Accepted;

    public int Votes => Agree + Disagree + Pass;
}

/// <summary>A comment on an item; a hidden one keeps its text here, because moderators may need to see what they hid.</summary>
public sealed record ConsoleComment(
    Guid Id, Guid? ParentId, int Depth, CommentStance Stance, string Markdown, string AuthorName, DateTimeOffset At, string? HiddenReason)
{
    public bool IsHidden => HiddenReason is not null;
}

/// <summary>
/// What accepting a proposal recorded: the draft version it produced, the tallies it was decided on and how it stood
/// against the acceptance rule (null for acceptances recorded before the rule existed).
/// </summary>
public sealed record AcceptedIntoDraft(long DraftVersion, int Agree, int Disagree, int Pass, string ByName, DateTimeOffset At, RuleEvidence? Rule = null);
