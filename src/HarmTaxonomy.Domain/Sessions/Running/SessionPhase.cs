namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>Where a session stands. The facilitator moves between the open phases freely; <see cref="Closed"/> is final.</summary>
public enum SessionPhase
{
    Draft,
    Proposing,
    Discussing,
    Voting,
    Closed,
}

public static class SessionPhases
{
    public static IReadOnlyList<SessionPhase> InOrder { get; } =
        [SessionPhase.Draft, SessionPhase.Proposing, SessionPhase.Discussing, SessionPhase.Voting, SessionPhase.Closed];

    /// <summary>The phase as it is written in the API and hub messages: <c>draft</c>, <c>proposing</c>, …</summary>
    public static string ToValue(this SessionPhase phase) => phase.ToString().ToLowerInvariant();

    public static SessionPhase? Parse(string? value) =>
        InOrder.Cast<SessionPhase?>().FirstOrDefault(phase => string.Equals(phase!.Value.ToValue(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The phase after this one, or null after voting (closing is a step of its own, with a summary).</summary>
    public static SessionPhase? Next(this SessionPhase phase) => phase switch
    {
        SessionPhase.Draft => SessionPhase.Proposing,
        SessionPhase.Proposing => SessionPhase.Discussing,
        SessionPhase.Discussing => SessionPhase.Voting,
        _ => null,
    };
}
