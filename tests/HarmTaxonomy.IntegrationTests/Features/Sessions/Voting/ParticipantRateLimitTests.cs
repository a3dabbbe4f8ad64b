using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Voting;

public sealed class ParticipantRateLimitTests(VoteLimitedApp app) : IClassFixture<VoteLimitedApp>
{
    [Fact]
    public async Task A_flood_from_one_participant_is_refused_to_them_only_and_refused_votes_are_not_stored()
    {
        const int flood = 30;
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(flood);
        await using var flooder = await LiveParticipant.JoinAsync(app, session.JoinCode, "Flooder");
        await using var neighbour = await LiveParticipant.JoinAsync(app, session.JoinCode, "Neighbour");

        var answers = await Task.WhenAll(session.Items.Select(async item =>
        {
            try
            {
                (await flooder.CastVoteAsync(item, "agree")).ShouldBeRecorded();
                return (Item: item, Refusal: (string?)null);
            }
            catch (HubException refused)
            {
                return (Item: item, Refusal: refused.Refusal());
            }
        }));
        var neighbourAck = await neighbour.CastVoteAsync(session.Items[0], "disagree");

        var accepted = answers.Where(answer => answer.Refusal is null).Select(answer => answer.Item).ToList();
        var refusals = answers.Select(answer => answer.Refusal).OfType<string>().ToList();
        accepted.Count.ShouldBeGreaterThanOrEqualTo(VoteLimitedApp.VotesPerSecond, "a full bucket lets the first votes through");
        refusals.ShouldNotBeEmpty();
        refusals.ShouldAllBe(refusal => refusal.StartsWith("[conflict] clientVoteId: Too many votes", StringComparison.Ordinal));
        neighbourAck.ShouldBeRecorded();
        var results = await facilitator.ResultsAsync(session.Id);
        results.Votes.ShouldBe(accepted.Count + 1);
        foreach (var item in session.Items)
        {
            var agreed = accepted.Contains(item) ? 1 : 0;
            results.Items[item].Agree.ShouldBe(agreed);
        }
    }
}
