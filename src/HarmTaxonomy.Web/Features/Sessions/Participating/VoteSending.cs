using HarmTaxonomy.Web.Features.Sessions.Live;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// Sends one vote from the page and keeps trying while it is not recorded (the database did not answer): every attempt
/// carries the same client vote id, so a vote that was committed after all still counts once. Refusals by the rules
/// (<c>SessionRuleException</c>: wrong phase, hidden item) are not retried; they go back to the person.
/// </summary>
public static class VoteSending
{
    public const int MaxAttempts = 8;

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    /// <param name="cast">Casts the vote with the client vote id it is given.</param>
    /// <param name="retrying">Told before each new attempt, so the page can say it is reconnecting.</param>
    /// <param name="pause">Waits between attempts; given the attempt that failed (1, 2, …).</param>
    /// <returns>True when the vote was recorded (or recognised as recorded); false when every attempt failed.</returns>
    public static async Task<bool> SendAsync(
        Func<string, CancellationToken, Task<VoteAck>> cast, Func<Task> retrying, Func<int, CancellationToken, Task> pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cast);
        ArgumentNullException.ThrowIfNull(retrying);
        ArgumentNullException.ThrowIfNull(pause);
        var clientVoteId = Guid.CreateVersion7().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await cast(clientVoteId, cancellationToken);
                return true;
            }
            catch (VoteNotRecordedException) when (attempt < MaxAttempts)
            {
                await retrying();
                await pause(attempt, cancellationToken);
            }
            catch (VoteNotRecordedException)
            {
                return false;
            }
        }
    }

    /// <summary>Half a second, doubling, at most five seconds: quick when the blip is short, gentle when it is not.</summary>
    public static TimeSpan PauseAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << Math.Clamp(attempt - 1, 0, 10)));
}

/// <summary>Where the vote being sent stands; the card shows it and holds its buttons while one is on its way.</summary>
public enum VoteProgress
{
    Idle,
    Sending,
    Retrying,
    NotRecorded,
}

/// <summary>A vote the card asks for: which item (the one shown when the button was pressed) and the answer.</summary>
public sealed record CardVote(Guid ItemId, HarmTaxonomy.Domain.Sessions.Voting.VoteValue Value);
