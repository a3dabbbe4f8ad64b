using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Analysing;

/// <summary>Votes keep counting exactly while the analysis worker recomputes the session between them.</summary>
public sealed class VotingDuringAnalysisTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private static readonly string[] Values = ["agree", "disagree", "pass"];

    [Fact]
    public async Task Votes_spread_over_several_recomputes_are_all_counted()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(24);
        var voters = (await Task.WhenAll(Enumerable.Range(0, 20).Select(number => LiveParticipant.JoinAsync(app, session.JoinCode, $"Voter {number}")))).ToList();
        try
        {
            var acknowledged = 0;
            await Task.WhenAll(voters.Select(async (voter, number) =>
            {
                var order = session.Items.ToArray();
                new Random(number).Shuffle(order);
                for (var index = 0; index < 20; index++)
                {
                    // Every fifth vote is sent twice at once with the same client vote id, as a phone that lost the ack.
                    var clientVoteId = Guid.NewGuid().ToString("N");
                    var value = Values[(number + index) % 3];
                    var sends = Enumerable.Range(0, index % 5 == 0 ? 2 : 1).Select(_ => voter.CastVoteAsync(order[index], value, clientVoteId));
                    (await Task.WhenAll(sends)).ShouldAllBe(ack => ack.GetProperty("accepted").GetBoolean());
                    Interlocked.Increment(ref acknowledged);
                    await Task.Delay(120);
                }
            }));

            acknowledged.ShouldBe(400);
            var results = await facilitator.ResultsAsync(session.Id);
            results.Votes.ShouldBe(400);
            results.TotalOnItems.ShouldBe(400);
        }
        finally
        {
            await Task.WhenAll(voters.Select(voter => voter.DisposeAsync().AsTask()));
        }
    }
}
