namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>Claims of a principal authenticated by a participant token (short JWT-style names, not WS-* URIs).</summary>
public static class ParticipantClaimTypes
{
    public const string SessionId = "session_id";
    public const string ParticipantId = "participant_id";
    public const string Name = "name";
    public const string Kind = "participant_kind";

    /// <summary>The account's user id; present only for account participants.</summary>
    public const string Subject = "sub";
}
