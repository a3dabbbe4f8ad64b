namespace HarmTaxonomy.Domain.Sessions.Importing;

/// <summary>
/// The session was made from a Polis export, not run here: its provenance (the files, what they held, who imported
/// them and when) stays on the session's stream beside its opening and closing.
/// </summary>
public sealed record PolisConversationImported(
    Guid SessionId,
    int Participants,
    int Comments,
    int HiddenComments,
    int Votes,
    IReadOnlyList<string> Files,
    SessionActor By,
    DateTimeOffset At) : ISessionEvent;
