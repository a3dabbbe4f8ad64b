using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Sessions.Rooms;

/// <summary>
/// A copy of what the opinion analysis needs from a room: the items still in play (hidden and merged-away ones
/// left out), every current vote, and what participants declared about themselves. Copying is quick enough to do
/// under the room's lock; building the matrix and analysing happen afterwards, off the lock.
/// </summary>
public sealed record AnalysisInput(
    Guid SessionId,
    IReadOnlyList<Guid> Items,
    IReadOnlyList<(Guid ParticipantId, Guid ItemId, VoteValue Value)> Votes,
    IReadOnlyDictionary<Guid, ParticipantTraits> Traits,
    long VotesRecorded,
    long LastSequence)
{
    public static AnalysisInput Of(SessionRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        return new AnalysisInput(
            room.Id,
            [.. room.Items.Where(item => item.State == ModerationState.Accepted).Select(item => item.Id)],
            [.. room.Votes.CurrentVotes()],
            room.Participants.ToDictionary(participant => participant.Id, participant => new ParticipantTraits(participant.Community, participant.Language)),
            room.Votes.Recorded,
            room.LastSequence);
    }

    public VoteMatrix ToMatrix()
    {
        var builder = new VoteMatrixBuilder(Items);
        foreach (var (participantId, itemId, value) in Votes)
        {
            builder.Add(participantId, itemId, value switch
            {
                VoteValue.Agree => 1,
                VoteValue.Disagree => -1,
                _ => 0,
            });
        }

        // The ledger gives votes in dictionary order; rows in id order make the matrix (and so the analysis) independent of it.
        return builder.BuildInParticipantIdOrder();
    }
}
