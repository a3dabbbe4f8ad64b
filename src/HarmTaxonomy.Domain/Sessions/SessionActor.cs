namespace HarmTaxonomy.Domain.Sessions;

/// <summary>
/// Who did something in a session: a participant (their participant id) or a facilitator, moderator or curator
/// acting through an account (their user id). <see cref="Name"/> is what others read.
/// </summary>
public sealed record SessionActor(string Id, string Name, Guid? ParticipantId = null)
{
    public static SessionActor Participant(Guid participantId, string displayName) => new(participantId.ToString(), displayName, participantId);

    public static SessionActor Account(Guid userId, string name) => new(userId.ToString(), name);
}
