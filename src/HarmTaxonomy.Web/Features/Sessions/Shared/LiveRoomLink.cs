using HarmTaxonomy.Web.Features.Sessions.Live;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>
/// A page's live link to a session: each feed update is handed to the page on its own renderer (the feed calls from
/// a background thread), and a participant's page counts as present for as long as the link is open. Disposed when
/// the page goes or turns to another session.
/// </summary>
public sealed class LiveRoomLink : IDisposable
{
    private readonly IDisposable? presence;
    private IDisposable? subscription;

    private LiveRoomLink(IDisposable? presence) => this.presence = presence;

    /// <param name="dispatch">The component's <c>InvokeAsync</c>.</param>
    /// <param name="apply">Runs on the renderer with each update; re-reads the room and re-renders.</param>
    /// <param name="presence">The participant's presence entry, left when the link closes; null for screens that only watch.</param>
    public static LiveRoomLink Open(SessionFeed feed, Guid sessionId, Func<Action, Task> dispatch, Action<SessionUpdate> apply, IDisposable? presence = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var link = new LiveRoomLink(presence);
        link.subscription = feed.Subscribe(sessionId, update => _ = DeliverAsync(dispatch, () => apply(update)));
        return link;
    }

    public void Dispose()
    {
        subscription?.Dispose();
        presence?.Dispose();
    }

    private static async Task DeliverAsync(Func<Action, Task> dispatch, Action apply)
    {
        try
        {
            await dispatch(apply);
        }
        catch (ObjectDisposedException)
        {
            // The page closed while the update was on its way.
        }
    }
}
