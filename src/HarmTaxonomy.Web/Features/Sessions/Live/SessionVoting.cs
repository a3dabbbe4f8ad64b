using System.Collections.Concurrent;
using HarmTaxonomy.Domain.Sessions;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>
/// The vote path, shared by the hub and the pages: check the rules against the live room, recognise a retried
/// client vote id (recorded, or still on its way to the database), and hand new votes to the group committer.
/// Answers only once the vote is committed.
/// </summary>
public sealed class SessionVoting(SessionRooms rooms, VoteCommitter committer, ParticipantLimits limits, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(Guid Participant, string ClientVoteId), Task> inFlight = new();

    public async Task<VoteAck> CastAsync(Guid sessionId, Guid participantId, Guid itemId, string? value, string? clientVoteId, CancellationToken cancellationToken)
    {
        var room = await rooms.GetAsync(sessionId, cancellationToken)
            ?? throw new SessionRuleException("sessionId", $"No session {sessionId}.", SessionRuleKind.NotFound);
        var decision = room.Read(state => state.DecideVote(participantId, itemId, value, clientVoteId, clock.GetUtcNow()));
        if (decision.Vote is not { } vote)
        {
            return VoteAck.Repeated;
        }

        var key = (participantId, vote.ClientVoteId);
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = inFlight.GetOrAdd(key, mine.Task);
        if (first != mine.Task)
        {
            // The same vote is being committed for an earlier attempt: this one is answered with it, and counted with it.
            await first.WaitAsync(cancellationToken);
            return VoteAck.Repeated;
        }

        try
        {
            // The earlier attempt may have committed between the check above and taking its place here.
            if (room.Read(state => state.Votes.ReceiptFor(participantId, vote.ClientVoteId)) is not null)
            {
                mine.SetResult();
                return VoteAck.Repeated;
            }

            limits.Vote(participantId);
            await committer.CommitAsync(vote);
            mine.SetResult();
            return VoteAck.Recorded;
        }
        catch (Exception exception)
        {
            mine.TrySetException(exception);
            throw;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<(Guid, string), Task>(key, mine.Task));
        }
    }
}

/// <summary>The answer to a vote: <c>{ accepted, duplicate }</c>. Duplicate means this client vote id was counted before.</summary>
public sealed record VoteAck(bool Accepted, bool Duplicate)
{
    public static VoteAck Recorded { get; } = new(true, false);

    public static VoteAck Repeated { get; } = new(true, true);
}
