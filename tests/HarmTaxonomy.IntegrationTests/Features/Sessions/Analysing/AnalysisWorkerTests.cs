using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Analysing;

/// <summary>The analysis worker: recomputes after votes (never on the vote path), stores the result, pushes AnalysisUpdated.</summary>
public sealed class AnalysisWorkerTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Votes_from_two_camps_give_two_groups_pushed_live_and_stored_with_the_seed()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(8);
        await using var observer = await LiveParticipant.JoinAsync(app, session.JoinCode, "Observer");

        var voters = await TwoCampsVoting.VoteAsync(app, session, perCamp: 10);
        try
        {
            var update = await observer.NextAsync(SessionHubEvents.AnalysisUpdated, payload => payload.GetProperty("votes").GetInt32() == 20 * 8);

            update.GetProperty("sessionId").GetGuid().ShouldBe(session.Id);
            update.GetProperty("groups").GetInt32().ShouldBe(2);
            update.GetProperty("participants").GetInt32().ShouldBe(20);
            await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
            var stored = (await query.LoadAsync<SessionAnalysis>(session.Id)).ShouldNotBeNull();
            stored.Analysis.Seed.ShouldBe(AnalysisWorker.SeedOf(session.Id));
            stored.Analysis.VoteCount.ShouldBe(160);
            stored.Analysis.Groups.Select(group => group.Members.Count).ShouldBe([10, 10], ignoreOrder: true);
            stored.Analysis.Consensus.Agree[0].ItemId.ShouldBe(session.Items[0]);
        }
        finally
        {
            await Task.WhenAll(voters.Select(voter => voter.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task The_analysis_api_answers_202_until_the_first_result_then_the_groups_and_consensus()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(6);

        var first = await facilitator.GetAsync($"{SessionApiCaller.Route}/{session.Id}/analysis");
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        first.Headers.RetryAfter.ShouldNotBeNull();
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("computing");

        var voters = await TwoCampsVoting.VoteAsync(app, session, perCamp: 8);
        try
        {
            var body = await EventuallyAsync(facilitator, session.Id, analysis => analysis.GetProperty("votes").GetInt32() == 16 * 6);

            body.GetProperty("seed").GetInt32().ShouldBe(AnalysisWorker.SeedOf(session.Id));
            body.GetProperty("parameters").GetProperty("powerIterations").GetInt32().ShouldBe(100);
            var groups = body.GetProperty("groups").EnumerateArray().ToList();
            groups.Count.ShouldBe(2);
            groups.Select(group => group.GetProperty("members").GetArrayLength()).ShouldBe([8, 8], ignoreOrder: true);
            var campA = voters.Take(8).Select(voter => voter.ParticipantId.ToString()).ToHashSet();
            groups.ShouldContain(group => group.GetProperty("members").EnumerateArray().Select(member => member.GetString()!).ToHashSet().SetEquals(campA));
            groups.ShouldAllBe(group => group.GetProperty("representativeItems").GetArrayLength() > 0);
            body.GetProperty("consensus").GetProperty("agree")[0].GetProperty("id").GetGuid().ShouldBe(session.Items[0]);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            items.Count.ShouldBe(6);
            items.MaxBy(item => item.GetProperty("groupInformedConsensus").GetDouble()).GetProperty("id").GetGuid().ShouldBe(session.Items[0]);
        }
        finally
        {
            await Task.WhenAll(voters.Select(voter => voter.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task An_unknown_session_has_no_analysis()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var response = await facilitator.GetAsync($"{SessionApiCaller.Route}/{Guid.NewGuid()}/analysis");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_analysis_needs_a_token_with_sessions_read()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(2);

        (await app.CreateClient().GetAsync($"{SessionApiCaller.Route}/{session.Id}/analysis")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var writerOnly = await SessionApiCaller.CreateAsync(app, [Roles.Facilitator], ApiScopes.SessionsWrite);
        (await writerOnly.GetAsync($"{SessionApiCaller.Route}/{session.Id}/analysis")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_session_is_recomputed_at_most_once_a_second_while_votes_keep_coming()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(30);
        await using var observer = await LiveParticipant.JoinAsync(app, session.JoinCode, "Observer");
        var voters = (await Task.WhenAll(Enumerable.Range(0, 6).Select(number => LiveParticipant.JoinAsync(app, session.JoinCode, $"Steady {number}")))).ToList();
        try
        {
            // Six voters each vote every 50 ms for about three seconds.
            await Task.WhenAll(voters.Select(async (voter, number) =>
            {
                for (var item = 0; item < session.Items.Count; item++)
                {
                    (await voter.CastVoteAsync(session.Items[item], TwoCampsVoting.VoteOf(number, 3, item))).ShouldBeRecorded();
                    await Task.Delay(100);
                }
            }));
            await observer.NextAsync(SessionHubEvents.AnalysisUpdated, payload => payload.GetProperty("votes").GetInt32() == 6 * 30);

            // The limit is on starts: a computation may finish late on a busy machine, the next still starts a second after it began.
            var times = observer.Received(SessionHubEvents.AnalysisUpdated).Select(payload => payload.GetProperty("startedAt").GetDateTimeOffset()).Order().ToList();
            times.Count.ShouldBeGreaterThan(1);
            times.Zip(times.Skip(1), (earlier, later) => later - earlier).ShouldAllBe(gap => gap >= TimeSpan.FromMilliseconds(1000));
        }
        finally
        {
            await Task.WhenAll(voters.Select(voter => voter.DisposeAsync().AsTask()));
        }
    }

    private static async Task<JsonElement> EventuallyAsync(SessionApiCaller caller, Guid sessionId, Func<JsonElement, bool> ready)
    {
        var deadline = DateTimeOffset.UtcNow + LiveParticipant.Patience;
        while (true)
        {
            var response = await caller.GetAsync($"{SessionApiCaller.Route}/{sessionId}/analysis");
            if (response.StatusCode == HttpStatusCode.OK && await response.Content.ReadFromJsonAsync<JsonElement>() is var body && ready(body))
            {
                return body;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"The analysis of {sessionId} was not ready in time (last answer {(int)response.StatusCode}).");
            }

            // Polling as an API client would, honouring Retry-After.
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
