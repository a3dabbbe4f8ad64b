using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.Web.Features.Sessions.Hubs;

/// <summary>
/// Forwards the in-process feed to hub clients: each session's group gets the same updates the pages get, as the
/// messages docs/live-sessions.md lists. Pending items are not broadcast, nor the text of hidden comments.
/// </summary>
public sealed class SessionHubRelay(SessionFeed feed, SessionRooms rooms, SessionAnalyses analyses, IHubContext<SessionHub> hub, ILogger<SessionHubRelay> logger) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = feed.SubscribeAll(Relay);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    private void Relay(Guid sessionId, SessionUpdate update)
    {
        var room = rooms.Loaded(sessionId);
        (string Name, object Payload)? message = update.Kind switch
        {
            SessionUpdateKind.TalliesChanged when update.Tallies is { } tallies =>
                (SessionHubEvents.TalliesChanged, tallies.Select(HubTally.Of).ToList()),
            SessionUpdateKind.PresenceChanged when update.Presence is { } count => (SessionHubEvents.PresenceChanged, count),
            SessionUpdateKind.PhaseChanged when room is not null => (SessionHubEvents.PhaseChanged, room.Read(HubPhase.Of)),
            SessionUpdateKind.ItemAdded when room?.Read(state => state.FindItem(update.ItemId!.Value)) is { IsVoteable: true } item =>
                (SessionHubEvents.ItemAdded, HubItem.Of(item)),
            SessionUpdateKind.ItemModerated when room?.Read(state => state.FindItem(update.ItemId!.Value)) is { } item =>
                (SessionHubEvents.ItemModerated, HubModeration.Of(item)),
            SessionUpdateKind.ProposalAccepted when room?.Read(state => state.FindItem(update.ItemId!.Value)?.Acceptance) is { } accepted =>
                (SessionHubEvents.ProposalAccepted, HubAcceptance.Of(accepted)),
            SessionUpdateKind.CommentAdded when room?.Read(state => state.FindItem(update.ItemId!.Value)?.Comments.FirstOrDefault(comment => comment.Id == update.CommentId)) is { } comment =>
                (SessionHubEvents.CommentAdded, HubComment.Of(comment)),
            SessionUpdateKind.CommentModerated when room?.Read(state => state.FindItem(update.ItemId!.Value)?.Comments.FirstOrDefault(comment => comment.Id == update.CommentId)) is { IsHidden: true } comment =>
                (SessionHubEvents.CommentHidden, new HubHiddenComment(comment.ItemId, comment.Id, comment.HiddenReason!)),
            SessionUpdateKind.AnalysisUpdated when analyses.Latest(sessionId) is { } stored => (SessionHubEvents.AnalysisUpdated, HubAnalysis.Of(stored)),
            _ => null,
        };

        if (message is { } send)
        {
            _ = SendAsync(sessionId, send.Name, send.Payload);
        }
    }

    private async Task SendAsync(Guid sessionId, string name, object payload)
    {
        try
        {
            await hub.Clients.Group(SessionHub.Group(sessionId)).SendAsync(name, payload);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Sending {Message} to session {SessionId} failed", name, sessionId);
        }
    }
}
