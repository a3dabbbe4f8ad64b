using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>The ids participants and items had where they came from (a Polis import), copied out of the room.</summary>
public sealed record ExternalIds(IReadOnlyDictionary<Guid, string> Participants, IReadOnlyDictionary<Guid, string> Items)
{
    public static ExternalIds Of(SessionRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        return new ExternalIds(
            room.Participants.Where(participant => participant.ExternalId is not null).ToDictionary(participant => participant.Id, participant => participant.ExternalId!),
            room.Items.Where(item => item.ExternalId is not null).ToDictionary(item => item.Id, item => item.ExternalId!));
    }

    public string? Participant(Guid participantId) => Participants.GetValueOrDefault(participantId);

    public string? Item(Guid itemId) => Items.GetValueOrDefault(itemId);
}
