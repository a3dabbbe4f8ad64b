using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Sessions.Participating;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Participating;

public sealed class VoteSendingTests
{
    private readonly List<string> attempts = [];
    private readonly List<int> pauses = [];
    private int retryNotices;

    private Task<bool> SendAsync(int failures, Exception? refusal = null) =>
        VoteSending.SendAsync(
            (clientVoteId, _) =>
            {
                attempts.Add(clientVoteId);
                if (refusal is not null)
                {
                    throw refusal;
                }

                return attempts.Count <= failures
                    ? throw new VoteNotRecordedException("The database did not answer.")
                    : Task.FromResult(VoteAck.Recorded);
            },
            () =>
            {
                retryNotices++;
                return Task.CompletedTask;
            },
            (attempt, _) =>
            {
                pauses.Add(attempt);
                return Task.CompletedTask;
            },
            CancellationToken.None);

    [Fact]
    public async Task A_vote_not_recorded_is_sent_again_with_the_same_client_vote_id()
    {
        var recorded = await SendAsync(failures: 2);

        recorded.ShouldBeTrue();
        attempts.Count.ShouldBe(3);
        attempts.Distinct().ShouldHaveSingleItem();
        retryNotices.ShouldBe(2);
        pauses.ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Each_new_vote_has_its_own_client_vote_id()
    {
        await SendAsync(failures: 0);
        await SendAsync(failures: 0);

        attempts.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task After_the_last_attempt_the_vote_is_reported_not_recorded()
    {
        var recorded = await SendAsync(failures: VoteSending.MaxAttempts);

        recorded.ShouldBeFalse();
        attempts.Count.ShouldBe(VoteSending.MaxAttempts);
    }

    [Fact]
    public async Task A_refusal_by_the_rules_is_not_retried()
    {
        var refusal = new SessionRuleException("phase", "Votes are taken in the voting phase.", SessionRuleKind.Conflict);

        var thrown = await Should.ThrowAsync<SessionRuleException>(() => SendAsync(failures: 0, refusal));

        thrown.ShouldBeSameAs(refusal);
        attempts.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(4, 4000)]
    [InlineData(5, 5000)]
    [InlineData(30, 5000)]
    public void Pauses_double_up_to_five_seconds(int attempt, int milliseconds) =>
        VoteSending.PauseAfter(attempt).ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
}
