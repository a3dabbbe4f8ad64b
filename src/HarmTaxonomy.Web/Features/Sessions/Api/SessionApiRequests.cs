namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary><c>POST /api/v1/sessions</c>. <c>preModerate</c> and <c>voteWhileDiscussing</c> default to false.</summary>
public sealed record OpenSessionRequest(
    string? Taxonomy,
    string? Title,
    string? Prompt,
    bool? AllowGuests,
    IReadOnlyList<string>? Languages,
    bool? PreModerate = null,
    bool? VoteWhileDiscussing = null);

/// <summary><c>POST /api/v1/sessions/join</c>. Community and language are kept only with <c>consent: true</c>.</summary>
public sealed record JoinSessionRequest(string? JoinCode, string? DisplayName, string? Community = null, string? Language = null, bool? Consent = null);

/// <summary><c>POST /api/v1/sessions/{id}/statements</c>.</summary>
public sealed record SeedStatementRequest(string? Text);

/// <summary><c>POST /api/v1/sessions/{id}/phase</c>: <c>closed</c> closes the session (with the optional summary).</summary>
public sealed record ChangePhaseRequest(string? Phase, int? TimerMinutes = null, string? Summary = null);

/// <summary><c>POST …/items/{itemId}/hide</c>.</summary>
public sealed record HideItemRequest(string? Reason);

/// <summary><c>POST …/items/{itemId}/merge</c>.</summary>
public sealed record MergeItemRequest(Guid? SurvivorId);
