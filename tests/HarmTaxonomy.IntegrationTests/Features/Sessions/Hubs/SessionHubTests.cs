using System.Net;
using System.Text.Json;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Hubs;

/// <summary>The session hub with real SignalR clients: the contract docs/live-sessions.md describes, message by message.</summary>
public sealed class SessionHubTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Join_answers_the_snapshot_of_the_session()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(2);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        (await ana.CastVoteAsync(session.Items[0], "pass")).ShouldBeRecorded();

        var snapshot = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), session.Id);

        snapshot.GetProperty("sessionId").GetGuid().ShouldBe(session.Id);
        snapshot.GetProperty("participantId").GetGuid().ShouldBe(ana.ParticipantId);
        snapshot.GetProperty("phase").GetString().ShouldBe("voting");
        var items = snapshot.GetProperty("items").EnumerateArray().ToList();
        items.Select(item => item.GetProperty("id").GetGuid()).ShouldBe(session.Items);
        items[0].GetProperty("kind").GetString().ShouldBe("statement");
        items[0].GetProperty("text").GetString().ShouldBe("Statement number 1 for the room.");
        var myVote = snapshot.GetProperty("myVotes").EnumerateArray().ShouldHaveSingleItem();
        myVote.GetProperty("itemId").GetGuid().ShouldBe(session.Items[0]);
        myVote.GetProperty("value").GetString().ShouldBe("pass");
        snapshot.GetProperty("tallies").Shows(session.Items[0], 0, 0, 1).ShouldBeTrue();
        snapshot.GetProperty("tallies").Shows(session.Items[1], 0, 0, 0).ShouldBeTrue();
        snapshot.GetProperty("presence").GetInt32().ShouldBe(1, "joining twice on one connection counts once");
    }

    [Fact]
    public async Task A_vote_from_one_client_reaches_another_as_a_tally()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(2);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");

        var ack = await ana.CastVoteAsync(session.Items[1], "agree");

        ack.ShouldBeRecorded();
        var tallies = await ben.NextAsync(SessionHubEvents.TalliesChanged, payload => payload.TallyOf(session.Items[1]) is not null);
        tallies.Shows(session.Items[1], 1, 0, 0).ShouldBeTrue(tallies.GetRawText());
        tallies.TallyOf(session.Items[0]).ShouldBeNull("only the items whose tallies changed are sent");
        var entry = tallies.EnumerateArray().Single();
        entry.EnumerateObject().Select(property => property.Name).ShouldBe(["itemId", "agree", "disagree", "pass"]);
    }

    [Fact]
    public async Task A_retried_vote_is_acknowledged_as_a_duplicate_and_counted_once()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");

        var first = await ana.CastVoteAsync(session.Items[0], "agree", "ana-vote-1");
        var retry = await ana.CastVoteAsync(session.Items[0], "agree", "ana-vote-1");
        var retryWithOtherWords = await ana.CastVoteAsync(session.Items[0], "disagree", "ana-vote-1");

        first.ShouldBeRecorded(duplicate: false);
        retry.ShouldBeRecorded(duplicate: true);
        retryWithOtherWords.ShouldBeRecorded(duplicate: true);
        var results = await facilitator.ResultsAsync(session.Id);
        results.Votes.ShouldBe(1);
        results.Items[session.Items[0]].ShouldBe((1, 0, 0));
    }

    [Fact]
    public async Task The_same_vote_sent_twice_at_once_is_recorded_once()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        var joined = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");
        await using var phone = await LiveParticipant.ConnectAsync(app.Server, joined);
        await using var laptop = await LiveParticipant.ConnectAsync(app.Server, joined);

        var acks = await Task.WhenAll(phone.CastVoteAsync(session.Items[0], "agree", "same-id"), laptop.CastVoteAsync(session.Items[0], "agree", "same-id"));

        acks.ShouldAllBe(ack => ack.GetProperty("accepted").GetBoolean());
        acks.Count(ack => ack.GetProperty("duplicate").GetBoolean()).ShouldBe(1);
        (await facilitator.ResultsAsync(session.Id)).Votes.ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_vote_replaces_the_earlier_one_in_the_results()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");

        (await ana.CastVoteAsync(session.Items[0], "agree")).ShouldBeRecorded();
        (await ben.CastVoteAsync(session.Items[0], "agree")).ShouldBeRecorded();
        (await ana.CastVoteAsync(session.Items[0], "disagree")).ShouldBeRecorded();

        var results = await facilitator.ResultsAsync(session.Id);
        results.Votes.ShouldBe(2);
        results.Items[session.Items[0]].ShouldBe((1, 1, 0));
        await ben.NextAsync(SessionHubEvents.TalliesChanged, payload => payload.Shows(session.Items[0], 1, 1, 0));
    }

    [Fact]
    public async Task Refusals_reach_only_the_caller_and_store_nothing()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(2, phase: "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");
        var before = await facilitator.ResultsAsync(session.Id);

        var wrongPhase = await Should.ThrowAsync<HubException>(() => ana.CastVoteAsync(session.Items[0], "agree"));
        var overLong = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.SubmitStatement), new string('x', 281)));
        var empty = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.SubmitStatement), "   "));
        await facilitator.PhaseAsync(session.Id, "voting");
        var unknownItem = await Should.ThrowAsync<HubException>(() => ana.CastVoteAsync(Guid.NewGuid(), "agree"));
        var maybe = await Should.ThrowAsync<HubException>(() => ana.CastVoteAsync(session.Items[0], "maybe"));
        var noVoteId = await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.CastVote), session.Items[0], "agree", ""));

        wrongPhase.Refusal().ShouldStartWith("[conflict] phase: ");
        wrongPhase.Refusal().ShouldContain("proposing");
        overLong.Refusal().ShouldBe("[invalid] text: Keep it to 280 characters (this has 281).");
        empty.Refusal().ShouldStartWith("[invalid] text: ");
        unknownItem.Refusal().ShouldStartWith("[notfound] itemId: ");
        maybe.Refusal().ShouldBe("[invalid] value: A vote is agree, disagree or pass.");
        noVoteId.Refusal().ShouldStartWith("[invalid] clientVoteId: ");
        var after = await facilitator.ResultsAsync(session.Id);
        after.Votes.ShouldBe(before.Votes);
        after.Items.Keys.ShouldBe(before.Items.Keys);
        after.TotalOnItems.ShouldBe(0);

        // The session goes on: the next valid vote is the first tally anyone sees.
        (await ana.CastVoteAsync(session.Items[1], "disagree")).ShouldBeRecorded();
        var first = await ben.NextAsync(SessionHubEvents.TalliesChanged);
        first.Shows(session.Items[1], 0, 1, 0).ShouldBeTrue(first.GetRawText());
        ben.Received(SessionHubEvents.TalliesChanged).SelectMany(tallies => tallies.EnumerateArray())
            .ShouldAllBe(tally => tally.GetProperty("itemId").GetGuid() == session.Items[1]);
    }

    [Fact]
    public async Task A_guest_token_for_another_session_is_refused_at_connect_and_at_join()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var mine = await facilitator.OpenWithStatementsAsync(1);
        var other = await facilitator.OpenWithStatementsAsync(1);
        var joined = await SessionApiCaller.JoinAsync(app.CreateClient(), mine.JoinCode, "Ana");

        await using var intoOther = LiveParticipant.Build(app.Server, other.Id, joined.AccessToken);
        var atConnect = await Should.ThrowAsync<HttpRequestException>(() => intoOther.StartAsync());
        await using var own = await LiveParticipant.ConnectAsync(app.Server, joined, join: false);
        var atJoin = await Should.ThrowAsync<HubException>(() => own.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), other.Id));

        atConnect.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        atJoin.Message.ShouldContain("unauthorized");
        await using var anonymous = LiveParticipant.Build(app.Server, mine.Id, token: null);
        (await Should.ThrowAsync<HttpRequestException>(() => anonymous.StartAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await own.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), mine.Id)).GetProperty("sessionId").GetGuid().ShouldBe(mine.Id);
    }

    [Fact]
    public async Task The_token_may_come_as_access_token_in_the_query()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        var joined = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");
        await using var connection = LiveParticipant.Build(app.Server, session.Id, joined.AccessToken, tokenInQuery: true);

        await connection.StartAsync();
        var snapshot = await connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), session.Id);

        snapshot.GetProperty("participantId").GetGuid().ShouldBe(joined.ParticipantId);
    }

    [Fact]
    public async Task A_connection_that_names_no_session_is_refused()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        var joined = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, SessionHub.Path), options =>
            {
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(joined.AccessToken);
            })
            .Build();

        (await Should.ThrowAsync<HttpRequestException>(() => connection.StartAsync())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Presence_goes_up_when_someone_joins_and_down_when_they_disconnect()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        ana.Snapshot.GetProperty("presence").GetInt32().ShouldBe(1);

        var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");
        await ana.NextAsync(SessionHubEvents.PresenceChanged, count => count.GetInt32() == 2);
        ben.Snapshot.GetProperty("presence").GetInt32().ShouldBe(2);
        var beforeLeaving = ana.Mark();
        await ben.DisposeAsync();

        var after = await ana.NextAsync(SessionHubEvents.PresenceChanged, since: beforeLeaving);
        after.GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_seeded_statement_reaches_connected_clients_as_ItemAdded()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");

        var itemId = await facilitator.SeedAsync(session.Id, "Deepfakes of private people need their own category.");

        var added = await ana.NextAsync(SessionHubEvents.ItemAdded);
        added.GetProperty("id").GetGuid().ShouldBe(itemId);
        added.GetProperty("kind").GetString().ShouldBe("statement");
        added.GetProperty("text").GetString().ShouldBe("Deepfakes of private people need their own category.");
        (await ana.CastVoteAsync(itemId, "agree")).ShouldBeRecorded();
    }

    [Fact]
    public async Task A_participant_statement_is_answered_with_its_id_and_state_and_reaches_the_others()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(0, phase: "proposing");
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");

        var submitted = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.SubmitStatement), "  Misgendering by an AI system is a harm. ");

        submitted.GetProperty("state").GetString().ShouldBe("accepted");
        var added = await ben.NextAsync(SessionHubEvents.ItemAdded);
        added.GetProperty("id").GetGuid().ShouldBe(submitted.GetProperty("id").GetGuid());
        added.GetProperty("text").GetString().ShouldBe("Misgendering by an AI system is a harm.");
        var again = await Should.ThrowAsync<HubException>(() => ben.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.SubmitStatement), "misgendering by an AI system is a harm"));
        again.Refusal().ShouldStartWith("[conflict] text: ");
    }

    [Fact]
    public async Task A_comment_reaches_the_others_as_safe_html()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var ben = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ben");
        const string markdown = "I **agree** <script>alert('x')</script> see [the report](https://example.org/report)";

        var posted = await ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Comment), session.Items[0], null, "for", markdown);
        var reply = await ben.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Comment), session.Items[0], posted.GetProperty("id").GetGuid(), "question", "Which report?");

        var comment = await ben.NextAsync(SessionHubEvents.CommentAdded, added => added.GetProperty("commentId").GetGuid() == posted.GetProperty("id").GetGuid());
        comment.GetProperty("itemId").GetGuid().ShouldBe(session.Items[0]);
        comment.GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
        comment.GetProperty("depth").GetInt32().ShouldBe(0);
        comment.GetProperty("stance").GetString().ShouldBe("for");
        comment.GetProperty("authorName").GetString().ShouldBe("Ana");
        comment.GetProperty("markdown").GetString().ShouldBe(markdown);
        var html = comment.GetProperty("html").GetString()!;
        html.ShouldContain("<strong>agree</strong>");
        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("href=\"https://example.org/report\"");
        html.ShouldContain("rel=\"nofollow noopener\"");
        var answer = await ana.NextAsync(SessionHubEvents.CommentAdded, added => added.GetProperty("commentId").GetGuid() == reply.GetProperty("id").GetGuid());
        answer.GetProperty("parentId").GetGuid().ShouldBe(posted.GetProperty("id").GetGuid());
        answer.GetProperty("depth").GetInt32().ShouldBe(1);
        answer.GetProperty("stance").GetString().ShouldBe("question");
        (await Should.ThrowAsync<HubException>(() => ana.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Comment), session.Items[0], null, "maybe", "Hm")))
            .Refusal().ShouldStartWith("[invalid] stance: ");
    }

    [Fact]
    public async Task A_phase_change_reaches_clients_and_leaving_ends_taking_part()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");

        var changed = await facilitator.PostAsync($"{SessionApiCaller.Route}/{session.Id}/phase", new { phase = "discussing", timerMinutes = 10 });
        var phase = await ana.NextAsync(SessionHubEvents.PhaseChanged);
        await ana.Connection.InvokeAsync(nameof(SessionHub.Leave));
        await facilitator.PhaseAsync(session.Id, "voting");
        var afterLeaving = await Should.ThrowAsync<HubException>(() => ana.CastVoteAsync(session.Items[0], "agree"));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        phase.GetProperty("phase").GetString().ShouldBe("discussing");
        phase.GetProperty("timerEndsAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow.AddMinutes(10), TimeSpan.FromMinutes(1));
        afterLeaving.Refusal().ShouldStartWith("[forbidden] participantId: ");
        (await facilitator.ResultsAsync(session.Id)).Votes.ShouldBe(0);
    }
}
