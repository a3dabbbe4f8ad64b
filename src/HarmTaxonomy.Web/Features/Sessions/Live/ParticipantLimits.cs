using System.Threading.RateLimiting;
using HarmTaxonomy.Domain.Sessions;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// Per-participant flood limits for the live path (hub and pages alike): votes per second and submissions
/// (statements, proposals, comments) per minute, from <see cref="LiveSessionOptions"/>. A refused call is refused to
/// that participant only; nothing is stored.
/// </summary>
public sealed class ParticipantLimits : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> votes;
    private readonly PartitionedRateLimiter<Guid> submissions;

    public ParticipantLimits(IOptions<LiveSessionOptions> options)
    {
        var settings = options.Value;
        votes = PartitionedRateLimiter.Create<Guid, Guid>(participant => RateLimitPartition.GetTokenBucketLimiter(participant, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.VotesPerSecondPerParticipant,
            TokensPerPeriod = settings.VotesPerSecondPerParticipant,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        submissions = PartitionedRateLimiter.Create<Guid, Guid>(participant => RateLimitPartition.GetTokenBucketLimiter(participant, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.SubmissionsPerMinutePerParticipant,
            TokensPerPeriod = settings.SubmissionsPerMinutePerParticipant,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public void Vote(Guid participantId)
    {
        using var lease = votes.AttemptAcquire(participantId);
        if (!lease.IsAcquired)
        {
            throw new SessionRuleException("clientVoteId", "Too many votes at once: wait a moment, then send again with the same clientVoteId.", SessionRuleKind.Conflict);
        }
    }

    public void Submission(Guid participantId)
    {
        using var lease = submissions.AttemptAcquire(participantId);
        if (!lease.IsAcquired)
        {
            throw new SessionRuleException("text", "You are sending a lot: wait a minute before the next statement, proposal or comment.", SessionRuleKind.Conflict);
        }
    }

    public void Dispose()
    {
        votes.Dispose();
        submissions.Dispose();
    }
}
