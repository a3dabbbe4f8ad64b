namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>What one event changed in a room, for whoever shows the room live.</summary>
public enum RoomChangeKind
{
    None,
    Session,
    Phase,
    Participants,
    ItemAdded,
    ItemModerated,
    ProposalAccepted,
    CommentAdded,
    CommentModerated,
    Tallies,
}

/// <summary>The kind of change, the item it concerns (if any) and the items whose tallies changed.</summary>
public sealed record RoomChange(RoomChangeKind Kind, Guid? ItemId = null, Guid? CommentId = null, IReadOnlyList<Guid>? TalliesChanged = null)
{
    public static RoomChange Nothing { get; } = new(RoomChangeKind.None);
}
