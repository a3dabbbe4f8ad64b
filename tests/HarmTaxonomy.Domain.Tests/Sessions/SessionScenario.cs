using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Tests.Sessions;

/// <summary>
/// Given events, when a decision, then events or a rule error. The room is folded from the given events, each with a
/// fresh event id and the next sequence; <see cref="And{TEvent}"/> applies a decision's event so a story can go on.
/// Decisions get <see cref="Now"/>, one minute later at each step.
/// </summary>
internal sealed class SessionScenario
{
    private SessionScenario(SessionOpened opened)
    {
        Room = SessionRoom.Open(opened, Guid.NewGuid(), ++Sequence);
        Now = opened.At;
    }

    public SessionRoom Room { get; }

    /// <summary>The votes applied, with their sequences, as a reader of the event store hands them over.</summary>
    public List<(VoteCast Vote, long Sequence)> Votes { get; } = [];

    /// <summary>The sequence of the last event applied.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>A room from these events; without a <see cref="SessionOpened"/> first, <see cref="SessionExamples.Opened"/> starts it.</summary>
    public static SessionScenario Given(params ISessionEvent[] events)
    {
        var opened = events.FirstOrDefault() as SessionOpened;
        return new SessionScenario(opened ?? SessionExamples.Opened()).Apply(opened is null ? events : events[1..]);
    }

    public SessionScenario Apply(params ISessionEvent[] events)
    {
        foreach (var change in events)
        {
            Room.Apply(change, Guid.NewGuid(), ++Sequence);
            if (change is VoteCast vote)
            {
                Votes.Add((vote, Sequence));
            }
        }

        return this;
    }

    /// <summary>Applies one event as a commit would announce it: with its own id and sequence (which may be older than the last).</summary>
    public RoomChange Apply(ISessionEvent change, Guid eventId, long sequence)
    {
        Sequence = Math.Max(Sequence, sequence);
        return Room.Apply(change, eventId, sequence);
    }

    /// <summary>What the decision returns on the room as it is; nothing is applied.</summary>
    public TResult When<TResult>(Func<SessionRoom, DateTimeOffset, TResult> decide)
    {
        Now = Now.AddMinutes(1);
        return decide(Room, Now);
    }

    /// <summary>The rule error the decision raises (the test fails when it raises none).</summary>
    public SessionRuleException WhenRefused<TResult>(Func<SessionRoom, DateTimeOffset, TResult> decide) =>
        Should.Throw<SessionRuleException>(() => When(decide));

    /// <summary>Decides, applies the event and returns it.</summary>
    public TEvent WhenApplied<TEvent>(Func<SessionRoom, DateTimeOffset, TEvent> decide)
        where TEvent : ISessionEvent
    {
        var decided = When(decide);
        Apply(decided);
        return decided;
    }

    /// <summary>Decides and applies: one more step of the story.</summary>
    public SessionScenario And<TEvent>(Func<SessionRoom, DateTimeOffset, TEvent> decide)
        where TEvent : ISessionEvent
    {
        WhenApplied(decide);
        return this;
    }

    public RoomItem Item(Guid itemId) => Room.FindItem(itemId).ShouldNotBeNull($"item {itemId} should be in the room");
}

/// <summary>The "then" half for refusals: the field a form shows the message next to, and the kind (the HTTP status).</summary>
internal static class SessionThen
{
    public static SessionRuleException ThenBreaks(this SessionRuleException error, string field, SessionRuleKind kind = SessionRuleKind.Invalid)
    {
        error.Field.ShouldBe(field);
        error.Kind.ShouldBe(kind);
        error.Message.ShouldNotBeNullOrWhiteSpace();
        return error;
    }
}
