namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>The <c>LiveSessions</c> configuration section: how live sessions batch, broadcast and limit.</summary>
public sealed class LiveSessionOptions
{
    public const string Section = "LiveSessions";

    /// <summary>At most one tally (and presence) broadcast per session per this many milliseconds.</summary>
    public int BroadcastIntervalMilliseconds { get; set; } = 250;

    /// <summary>The most votes written in one transaction; concurrent votes wait for the commit in progress and go together in the next.</summary>
    public int MaxVoteBatch { get; set; } = 1_000;

    /// <summary>Votes one participant may send per second (a burst of this many, refilled every second).</summary>
    public int VotesPerSecondPerParticipant { get; set; } = 10;

    /// <summary>Statements, proposals and comments one participant may send per minute.</summary>
    public int SubmissionsPerMinutePerParticipant { get; set; } = 12;
}
