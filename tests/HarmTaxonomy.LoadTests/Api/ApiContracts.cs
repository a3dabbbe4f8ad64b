namespace HarmTaxonomy.LoadTests.Api;

/// <summary>The bodies of the app's session API the tool sends and reads (docs/api.md, docs/live-sessions.md).</summary>
public sealed record TokenResponse(string AccessToken);

public sealed record OpenSessionRequest(string Taxonomy, string Title, string Prompt, bool AllowGuests, IReadOnlyList<string> Languages);

public sealed record OpenedSession(Guid Id, string JoinCode);

public sealed record SeedStatementRequest(string Text);

public sealed record Created(Guid Id);

public sealed record ChangePhaseRequest(string Phase);

public sealed record JoinRequest(string JoinCode, string DisplayName);

public sealed record JoinedParticipant(Guid SessionId, Guid ParticipantId, string AccessToken);

public sealed record SessionResults(int Participants, int Votes, IReadOnlyList<ResultItem> Items);

public sealed record ResultItem(Guid Id, int Agree, int Disagree, int Pass);
