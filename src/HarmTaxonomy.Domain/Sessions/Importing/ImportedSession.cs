namespace HarmTaxonomy.Domain.Sessions.Importing;

/// <summary>
/// Everything an import appends, stream by stream, in the order it must be appended: the session's own stream first
/// (its opening must be the first event a reader folds), then one stream per item and one per participant.
/// </summary>
public sealed record ImportedSession(
    Guid SessionId,
    IReadOnlyList<ISessionEvent> SessionEvents,
    IReadOnlyList<StreamStart> Items,
    IReadOnlyList<StreamStart> Participants)
{
    public int EventCount => SessionEvents.Count + Items.Sum(item => item.Events.Count) + Participants.Sum(participant => participant.Events.Count);
}

/// <summary>A stream to start, with its events in order.</summary>
public sealed record StreamStart(Guid Id, IReadOnlyList<ISessionEvent> Events);
