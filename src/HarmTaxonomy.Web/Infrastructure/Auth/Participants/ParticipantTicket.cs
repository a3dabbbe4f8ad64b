namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// Who a participant token admits, and to which session: what the token carries besides its expiry.
/// <see cref="UserId"/> is set for account holders and only for them.
/// </summary>
public sealed record ParticipantTicket(Guid SessionId, Guid ParticipantId, string DisplayName, ParticipantKind Kind, Guid? UserId = null)
{
    public const int MaxDisplayNameLength = 100;

    public static ParticipantTicket ForGuest(Guid sessionId, Guid participantId, string displayName) =>
        new(sessionId, participantId, displayName, ParticipantKind.Guest);

    public static ParticipantTicket ForAccount(Guid sessionId, Guid participantId, string displayName, Guid userId) =>
        new(sessionId, participantId, displayName, ParticipantKind.Account, userId);

    /// <summary>The reason this ticket cannot be put in a token, or null when it can.</summary>
    public string? Problem() => this switch
    {
        { SessionId: var id } when id == Guid.Empty => "The session id is empty.",
        { ParticipantId: var id } when id == Guid.Empty => "The participant id is empty.",
        { DisplayName: var name } when string.IsNullOrWhiteSpace(name) => "The display name is empty.",
        { DisplayName.Length: > MaxDisplayNameLength } => $"The display name is longer than {MaxDisplayNameLength} characters.",
        { Kind: ParticipantKind.Guest, UserId: not null } => "A guest has no user id.",
        { Kind: ParticipantKind.Account, UserId: null } => "An account participant needs a user id.",
        { Kind: ParticipantKind.Account, UserId: var id } when id == Guid.Empty => "The user id is empty.",
        { Kind: not (ParticipantKind.Guest or ParticipantKind.Account) } => "The participant kind is unknown.",
        _ => null,
    };
}
