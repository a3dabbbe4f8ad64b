using System.Diagnostics;
using System.Text.Json;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Voting;

/// <summary>Many participants voting at once: every ack is a counted vote (group commit), and tallies reach others coalesced.</summary>
public sealed class ConcurrentVotingTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly string[] Values = ["agree", "disagree", "pass"];

    [Fact]
    public async Task Fifty_participants_voting_on_ten_items_at_once_are_all_acknowledged_and_counted_exactly()
    {
        const int participants = 50;
        const int items = 10;
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(items);
        var room = await JoinAllAsync(session, participants);
        var committer = app.Services.GetRequiredService<VoteCommitter>();
        var (batchesBefore, votesBefore) = (committer.Batches, committer.VotesCommitted);

        try
        {
            var sent = room.SelectMany((participant, p) => session.Items.Select((item, i) => (participant, item, Value: Values[(p + i) % Values.Length]))).ToList();
            var acks = await Task.WhenAll(sent.Select(async vote => (vote.item, vote.Value, Ack: await vote.participant.CastVoteAsync(vote.item, vote.Value))));

            acks.ShouldAllBe(vote => vote.Ack.GetProperty("accepted").GetBoolean() && !vote.Ack.GetProperty("duplicate").GetBoolean());
            var results = await facilitator.ResultsAsync(session.Id);
            results.Participants.ShouldBe(participants);
            results.Votes.ShouldBe(participants * items);
            foreach (var item in session.Items)
            {
                var expected = acks.Where(vote => vote.item == item).ToList();
                results.Items[item].ShouldBe((
                    expected.Count(vote => vote.Value == "agree"), expected.Count(vote => vote.Value == "disagree"), expected.Count(vote => vote.Value == "pass")));
            }

            (committer.VotesCommitted - votesBefore).ShouldBe(participants * items);
            (committer.Batches - batchesBefore).ShouldBeLessThan(participants * items, "concurrent votes share transactions");
        }
        finally
        {
            await Task.WhenAll(room.Select(participant => participant.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task Two_hundred_quick_votes_reach_an_observer_in_far_fewer_tally_messages()
    {
        const int voters = 20;
        const int items = 10;
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(items);
        var room = await JoinAllAsync(session, voters);
        await using var observer = await LiveParticipant.JoinAsync(app, session.JoinCode, "Observer");
        // Presence and the voters' joins settle first, so every message counted below is caused by the votes.
        await observer.NextAsync(SessionHubEvents.PresenceChanged, count => count.GetInt32() == voters + 1);
        var before = observer.Mark();

        try
        {
            var clock = Stopwatch.StartNew();
            var acks = await Task.WhenAll(room.SelectMany(voter => session.Items.Select(item => voter.CastVoteAsync(item, "agree"))));
            await observer.NextAsync(SessionHubEvents.TalliesChanged, AllCounted(session.Items, voters), before);
            clock.Stop();

            acks.Length.ShouldBe(voters * items);
            var messages = observer.Received(SessionHubEvents.TalliesChanged).Count;
            var bound = (int)(clock.Elapsed.TotalMilliseconds / 250) + 2;
            messages.ShouldBeLessThanOrEqualTo(bound, $"{messages} tally messages in {clock.Elapsed.TotalMilliseconds:0} ms");
            messages.ShouldBeLessThan(voters * items);
        }
        finally
        {
            await Task.WhenAll(room.Select(participant => participant.DisposeAsync().AsTask()));
        }
    }

    /// <summary>
    /// A condition on the tally messages in the order they arrive (each is shown to it once): true once the latest
    /// tallies seen show every voter agreeing on every item.
    /// </summary>
    private static Func<JsonElement, bool> AllCounted(IReadOnlyList<Guid> items, int voters)
    {
        var latest = new Dictionary<Guid, int>();
        return tallies =>
        {
            foreach (var item in items)
            {
                if (tallies.TallyOf(item) is { } tally)
                {
                    latest[item] = tally.Agree;
                }
            }

            return latest.Count == items.Count && latest.Values.All(agree => agree == voters);
        };
    }

    private async Task<List<LiveParticipant>> JoinAllAsync(OpenedSession session, int count)
    {
        var joined = await Task.WhenAll(Enumerable.Range(1, count).Select(number => LiveParticipant.JoinAsync(app, session.JoinCode, $"Voter {number}")));
        return [.. joined];
    }
}
