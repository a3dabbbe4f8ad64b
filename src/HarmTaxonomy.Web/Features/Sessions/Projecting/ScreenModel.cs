using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Shared;

namespace HarmTaxonomy.Web.Features.Sessions.Projecting;

/// <summary>What the projector shows: how to join, how many take part, and the items the room agrees with most.</summary>
public sealed record ScreenModel(
    string Title,
    string JoinCode,
    string JoinLink,
    string QrDataUri,
    SessionPhase Phase,
    int Presence,
    int Participants,
    int Votes,
    int Items,
    IReadOnlyList<ScreenItem> TopItems,
    DateTimeOffset? TimerEndsAt = null)
{
    public const int TopCount = 5;

    /// <summary>Read under the room's lock; the QR code is made once per page, not on every update.</summary>
    public static ScreenModel Of(SessionRoom room, int presence, string joinLink, string qrDataUri)
    {
        ArgumentNullException.ThrowIfNull(room);
        var visible = room.Items.Where(item => item.State == ModerationState.Accepted).ToList();
        var top = visible
            .Select(item => new ScreenItem(item.Id, item.Text, item.Kind, room.TallyOf(item.Id)))
            .Where(item => item.Tally.Total > 0)
            .OrderByDescending(item => TallyShares.Agreement(item.Tally))
            .ThenByDescending(item => item.Tally.Total)
            .Take(TopCount)
            .ToList();
        return new ScreenModel(
            room.Title, room.JoinCode, joinLink, qrDataUri, room.Phase, presence,
            room.Participants.Count(participant => !participant.HasLeft), room.Votes.Counted, visible.Count, top, room.TimerEndsAt);
    }

    /// <summary>The address people type or scan: <c>{base}/join/{code}</c>.</summary>
    public static string JoinLinkFor(string baseUri, string joinCode)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        return $"{baseUri.TrimEnd('/')}/join/{joinCode}";
    }
}

/// <summary>An item among the room's top ones: its text and its tally.</summary>
public sealed record ScreenItem(Guid Id, string Text, ItemKind Kind, ItemTally Tally);
