using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// The texts of a session's items, copied out of the room for the opinion views (the analysis holds only ids), each
/// with a short number in the order the items came in, so "item 3" means the same on every screen of the session.
/// </summary>
public sealed class OpinionItems
{
    private readonly Dictionary<Guid, OpinionItem> byId;

    private OpinionItems(IEnumerable<OpinionItem> items) => byId = items.ToDictionary(item => item.Id);

    public static OpinionItems Empty { get; } = new([]);

    /// <summary>Reads the room; call it inside <c>LiveRoom.Read</c>, which holds the lock while the copy is made.</summary>
    public static OpinionItems Of(SessionRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        return From(room.Items.Select(item => (item.Id, item.Text)));
    }

    /// <param name="items">Every item of the session in the order they came in, whatever their state.</param>
    public static OpinionItems From(IEnumerable<(Guid Id, string Text)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new OpinionItems(items.Select((item, index) => new OpinionItem(item.Id, index + 1, item.Text)));
    }

    /// <summary>The item, or a stand-in without text for one the room no longer knows.</summary>
    public OpinionItem this[Guid itemId] => byId.GetValueOrDefault(itemId) ?? new OpinionItem(itemId, 0, "");
}

/// <summary>A statement or proposal as the opinion views name it: its number in the session and its text.</summary>
public sealed record OpinionItem(Guid Id, int Number, string Text)
{
    public string Label => Number > 0 ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}
