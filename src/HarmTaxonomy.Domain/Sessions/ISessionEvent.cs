namespace HarmTaxonomy.Domain.Sessions;

/// <summary>
/// Every event of a live session names its session, whichever stream holds it (the session's, an item's or a
/// participant's), so a session can be read back whole and the live room can route each commit.
/// </summary>
public interface ISessionEvent
{
    Guid SessionId { get; }
}
