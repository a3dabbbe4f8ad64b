using System.Net;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ImportingFromPolis;

/// <summary><c>POST /api/v1/sessions/import/polis</c> through real HTTP on a real database: who may import, both upload forms, what the session becomes, and refusals that store nothing.</summary>
public sealed class PolisImportTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    public const string Route = SessionApiCaller.Route + "/import/polis";

    [Fact]
    public async Task Two_files_become_a_closed_session_that_keeps_the_polis_votes()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var response = await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles());

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sessionId = (await response.JsonAsync()).GetProperty("sessionId").GetGuid();
        response.Headers.Location!.OriginalString.ShouldBe($"{SessionApiCaller.Route}/{sessionId}");
        var session = await (await facilitator.GetAsync($"{SessionApiCaller.Route}/{sessionId}")).JsonAsync();
        session.GetProperty("phase").GetString().ShouldBe("closed");
        session.GetProperty("taxonomy").GetString().ShouldBe("");
        session.GetProperty("title").GetString().ShouldBe("Imported Polis conversation");
        var resultItems = (await (await facilitator.GetAsync($"{SessionApiCaller.Route}/{sessionId}/results")).JsonAsync()).GetProperty("items");
        resultItems.EnumerateArray().Select(item => item.GetProperty("externalId").GetString()).ShouldBe(["0", "1", "2"]);
        var results = await facilitator.ResultsAsync(sessionId);
        results.Participants.ShouldBe(3);
        results.Votes.ShouldBe(PolisUploadForms.LatestOfVotes.Count);
        var room = (await WithAsync<SessionEventReader, Domain.Sessions.Rooms.SessionRoom?>(reader => reader.LoadAsync(sessionId, default)))!;
        room.Votes.CurrentVotes()
            .Select(vote => (PolisIds.Parse(room.FindParticipant(vote.ParticipantId)!.ExternalId)!.Value, PolisIds.Parse(room.FindItem(vote.ItemId)!.ExternalId)!.Value, SessionPolisExport.ToPolis(vote.Value)))
            .ToHashSet().ShouldBe(PolisUploadForms.LatestOfVotes, ignoreOrder: true);
        room.Items.Single(item => item.ExternalId == "2").State.ShouldBe(Domain.Sessions.Items.ModerationState.Hidden);
        room.Items.Single(item => item.ExternalId == "1").Text.ShouldBe("Deepfakes, \"nudify\" apps\nand more");
    }

    [Fact]
    public async Task The_analysis_of_an_imported_session_names_items_and_people_by_their_polis_ids()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var sessionId = (await (await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles())).JsonAsync()).GetProperty("sessionId").GetGuid();

        var analysis = await AnalysisAsync(facilitator, sessionId);

        analysis.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("externalId").GetString()).ShouldBe(["0", "1"], ignoreOrder: true);
        analysis.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("members").EnumerateArray().Select(member => member.GetString()))
            .ShouldAllBe(member => new[] { "0", "4", "7" }.Contains(member));
    }

    [Fact]
    public async Task A_zip_in_a_field_of_any_name_imports_with_the_polis_topic_as_title_and_a_taxonomy()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, _) = await facilitator.CreateTaxonomyAsync();
        var zip = PolisUploadForms.Zip(
            ("2023-11-14-abc-summary.csv", "topic,\"Harms, online\"\nurl,https://pol.is/abc\nconversation-description,\"Tell us\""),
            ("2023-11-14-abc-comments.csv", PolisUploadForms.Comments),
            ("2023-11-14-abc-votes.csv", PolisUploadForms.Votes));
        var form = PolisUploadForms.Form([("anything", "download.bin", zip)], slug, null);

        var response = await facilitator.SendContentAsync(HttpMethod.Post, Route, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var session = await (await facilitator.GetAsync($"{SessionApiCaller.Route}/{(await response.JsonAsync()).GetProperty("sessionId").GetGuid()}")).JsonAsync();
        session.GetProperty("title").GetString().ShouldBe("Harms, online");
        session.GetProperty("taxonomy").GetString().ShouldBe(slug);
    }

    [Fact]
    public async Task A_malformed_vote_is_refused_with_its_file_line_and_column_and_nothing_is_stored()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var before = await CountsAsync();

        var response = await facilitator.SendContentAsync(
            HttpMethod.Post, Route, PolisUploadForms.TwoFiles(votes: PolisUploadForms.Votes + "1700000270,x,1,4,2\n1700000280,x,9,4,1\n", title: "Not stored"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").GetProperty("votes.csv").EnumerateArray().Select(error => error.GetString()).ShouldBe(
            ["line 10, column 5 (vote): '2' is not 1, -1 or 0", "line 11, column 3 (comment-id): no comment 9 in comments.csv"]);
        problem.GetProperty("detail").GetString()!.ShouldContain("votes.csv line 10, column 5 (vote)");
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_missing_file_or_column_is_named()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var noVotes = await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.Form([("comments.csv", "comments.csv", "x"u8.ToArray())], null, null));
        var noColumn = await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles(votes: "timestamp,comment-id,voter-id\n1700000200,0,0\n"));

        noVotes.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noVotes.ProblemAsync()).GetProperty("errors").GetProperty("votes.csv")[0].GetString()!.ShouldStartWith("votes.csv is missing");
        noColumn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noColumn.ProblemAsync()).GetProperty("errors").GetProperty("votes.csv")[0].GetString()!.ShouldStartWith("line 1: the header has no column 'vote'");
    }

    [Fact]
    public async Task An_unknown_taxonomy_is_a_404()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var response = await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles(taxonomy: "no-such-taxonomy"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_imported_session_takes_no_votes_joins_or_phase_changes()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var response = await facilitator.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles());
        var sessionId = (await response.JsonAsync()).GetProperty("sessionId").GetGuid();
        var session = await (await facilitator.GetAsync($"{SessionApiCaller.Route}/{sessionId}")).JsonAsync();

        var phase = await facilitator.PostAsync($"{SessionApiCaller.Route}/{sessionId}/phase", new { phase = "voting" });
        var join = await app.CreateClient().PostAsync($"{SessionApiCaller.Route}/join", System.Net.Http.Json.JsonContent.Create(new { joinCode = session.GetProperty("joinCode").GetString(), displayName = "Late" }));

        phase.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        join.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_signed_in_curator_imports_and_becomes_the_sessions_facilitator()
    {
        var curator = await TestAccounts.CreateAsync(app.Services, Roles.Curator);
        var form = FormClient.For(app);
        await form.SignInAsync(curator.Email!);

        var response = await form.Http.PostAsync(Route, PolisUploadForms.TwoFiles());

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sessionId = (await response.JsonAsync()).GetProperty("sessionId").GetGuid();
        var summary = await WithAsync<IDocumentStore, SessionSummary?>(async store =>
        {
            await using var query = store.QuerySession();
            return await query.LoadAsync<SessionSummary>(sessionId);
        });
        summary!.Facilitators.ShouldBe([curator.Id]);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401_and_people_without_the_role_or_scope_403()
    {
        var participant = await TestAccounts.CreateAsync(app.Services, Roles.Participant);
        var participantForm = FormClient.For(app);
        await participantForm.SignInAsync(participant.Email!);
        var researcher = await SessionApiCaller.CreateAsync(app, [Roles.Researcher], ApiScopes.SessionsRead);

        var anonymous = await app.CreateClient().PostAsync(Route, PolisUploadForms.TwoFiles());
        var signedIn = await participantForm.Http.PostAsync(Route, PolisUploadForms.TwoFiles());
        var readOnly = await researcher.SendContentAsync(HttpMethod.Post, Route, PolisUploadForms.TwoFiles());

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.ProblemAsync()).GetProperty("status").GetInt32().ShouldBe(401);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        readOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>The analysis once the worker has stored it, polled as an API client would (it answers 202 until then).</summary>
    private static async Task<System.Text.Json.JsonElement> AnalysisAsync(SessionApiCaller caller, Guid sessionId)
    {
        var deadline = DateTimeOffset.UtcNow + LiveParticipant.Patience;
        while (true)
        {
            var response = await caller.GetAsync($"{SessionApiCaller.Route}/{sessionId}/analysis");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.JsonAsync();
            }

            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"The analysis of the imported session {sessionId} was not ready in time.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private async Task<(int Sessions, long Events)> CountsAsync() =>
        await WithAsync<IDocumentStore, (int, long)>(async store =>
        {
            await using var query = store.QuerySession();
            return (await query.Query<SessionSummary>().CountAsync(), await query.Events.QueryAllRawEvents().LongCountAsync());
        });

    private async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
