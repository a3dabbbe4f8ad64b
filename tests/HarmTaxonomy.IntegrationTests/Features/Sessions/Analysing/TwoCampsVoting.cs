using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Analysing;

/// <summary>
/// Scripted voters in two camps: camp A agrees with the odd-numbered statements and disagrees with the even ones,
/// camp B the other way round, and everyone agrees with the first statement.
/// </summary>
internal static class TwoCampsVoting
{
    public static string VoteOf(int voter, int perCamp, int item) =>
        item == 0 ? "agree" : ((item % 2 == 1) == (voter < perCamp) ? "agree" : "disagree");

    public static async Task<List<LiveParticipant>> VoteAsync(HarmTaxonomyAppFactory app, OpenedSession session, int perCamp)
    {
        var voters = (await Task.WhenAll(Enumerable.Range(0, perCamp * 2)
            .Select(number => LiveParticipant.JoinAsync(app, session.JoinCode, $"Voter {number}")))).ToList();
        await Task.WhenAll(voters.Select(async (voter, number) =>
        {
            for (var item = 0; item < session.Items.Count; item++)
            {
                (await voter.CastVoteAsync(session.Items[item], VoteOf(number, perCamp, item))).ShouldBeRecorded();
            }
        }));
        return voters;
    }
}
