using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Web.Tests.Features.Sessions;

/// <summary>A session room built from its events, as the live rooms are, for the view models the pages render.</summary>
public sealed class RoomBuilder
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly SessionActor Facilitator = new("facilitator-1", "Fran Facilitator");
    private long sequence = 1;

    public RoomBuilder(SessionPhase phase = SessionPhase.Voting, string joinCode = "HARM42")
    {
        Room = SessionRoom.Open(
            new SessionOpened(Guid.CreateVersion7(), Guid.CreateVersion7(), "demo", "Naming harms", "Which harms do **you** meet?", ["en"],
                new SessionSettings(AllowGuests: true, PreModerate: false, VoteWhileDiscussing: false), joinCode, Facilitator, At),
            Guid.CreateVersion7(), sequence);
        if (phase != SessionPhase.Draft)
        {
            Apply(new SessionPhaseChanged(Room.Id, SessionPhase.Draft, phase, null, Facilitator, At));
        }
    }

    public SessionRoom Room { get; }

    public Guid Join(string name)
    {
        var participantId = Guid.CreateVersion7();
        Apply(new ParticipantJoined(Room.Id, participantId, name, null, null, null, At));
        return participantId;
    }

    public Guid Statement(string text, Guid? byParticipant = null, ModerationState state = ModerationState.Accepted)
    {
        var itemId = Guid.CreateVersion7();
        var by = byParticipant is { } participantId ? SessionActor.Participant(participantId, "Someone") : Facilitator;
        Apply(new StatementSubmitted(Room.Id, itemId, text, state, by, At));
        return itemId;
    }

    public RoomBuilder Vote(Guid participantId, Guid itemId, VoteValue value)
    {
        Apply(new VoteCast(Room.Id, participantId, itemId, value, Guid.CreateVersion7().ToString("N"), At));
        return this;
    }

    private void Apply(ISessionEvent change) => Room.Apply(change, Guid.CreateVersion7(), ++sequence);
}
