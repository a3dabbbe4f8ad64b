namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>
/// A participant as the session knows them. Community and language are self-declared, with consent;
/// <see cref="ExternalId"/> is their id where they took part first (a Polis voter id, for an import).
/// </summary>
public sealed record RoomParticipant(Guid Id, string DisplayName, Guid? UserId, string? Community, string? Language, DateTimeOffset JoinedAt)
{
    public bool HasLeft { get; init; }

    public string? ExternalId { get; init; }

    public bool IsGuest => UserId is null;
}
