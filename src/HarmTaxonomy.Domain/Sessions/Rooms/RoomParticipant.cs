namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>A participant as the session knows them. Community and language are self-declared, with consent.</summary>
public sealed record RoomParticipant(Guid Id, string DisplayName, Guid? UserId, string? Community, string? Language, DateTimeOffset JoinedAt)
{
    public bool HasLeft { get; init; }

    public bool IsGuest => UserId is null;
}
