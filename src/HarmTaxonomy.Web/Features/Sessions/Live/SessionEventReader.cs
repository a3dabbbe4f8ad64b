using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using JasperFx.Events;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Reads a whole session back from the event store: its own stream, its items' streams and its participants'
/// streams (found by the events that started them), folded in commit order into a <see cref="SessionRoom"/>.
/// </summary>
public sealed class SessionEventReader(IDocumentStore store)
{
    public async Task<SessionRoom?> LoadAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await ReadEventsAsync(sessionId, cancellationToken) is { } events ? Fold(sessionId, events) : null;

    /// <summary>Every event of the session's streams in commit order, or null when no session has this id.</summary>
    public async Task<IReadOnlyList<IEvent>?> ReadEventsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var opened = await session.Events.QueryRawEventDataOnly<SessionOpened>()
            .Where(opening => opening.SessionId == sessionId)
            .AnyAsync(cancellationToken);
        if (!opened)
        {
            return null;
        }

        var statements = await session.Events.QueryRawEventDataOnly<StatementSubmitted>()
            .Where(statement => statement.SessionId == sessionId).Select(statement => statement.ItemId).ToListAsync(cancellationToken);
        var proposals = await session.Events.QueryRawEventDataOnly<ProposalSubmitted>()
            .Where(proposal => proposal.SessionId == sessionId).Select(proposal => proposal.ItemId).ToListAsync(cancellationToken);
        var participants = await session.Events.QueryRawEventDataOnly<ParticipantJoined>()
            .Where(joined => joined.SessionId == sessionId).Select(joined => joined.ParticipantId).ToListAsync(cancellationToken);
        Guid[] streams = [sessionId, .. statements, .. proposals, .. participants];

        var events = await session.Events.QueryAllRawEvents()
            .Where(@event => @event.StreamId.IsOneOf(streams))
            .OrderBy(@event => @event.Sequence)
            .ToListAsync(cancellationToken);
        return [.. events];
    }

    /// <summary>Folds events into a room; the first must be the session's opening.</summary>
    public static SessionRoom? Fold(Guid sessionId, IEnumerable<IEvent> events)
    {
        SessionRoom? room = null;
        foreach (var @event in events)
        {
            if (@event.Data is not ISessionEvent change || change.SessionId != sessionId)
            {
                continue;
            }

            if (room is null)
            {
                room = change is SessionOpened opening ? SessionRoom.Open(opening, @event.Id, @event.Sequence) : null;
                continue;
            }

            room.Apply(change, @event.Id, @event.Sequence);
        }

        return room;
    }
}
