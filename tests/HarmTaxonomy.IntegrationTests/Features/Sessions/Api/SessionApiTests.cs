using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Api;

/// <summary>The session API through real HTTP with real tokens: opening, joining, seeding, phases, results and their refusals.</summary>
public sealed class SessionApiTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private const string Route = SessionApiCaller.Route;

    [Fact]
    public async Task Opening_a_session_answers_201_with_its_id_and_join_code()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, _) = await facilitator.CreateTaxonomyAsync();

        var response = await facilitator.PostAsync(Route, new { taxonomy = slug, title = "Naming harms", prompt = "Which harms?", allowGuests = true, languages = new[] { "en" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        var joinCode = body.GetProperty("joinCode").GetString()!;
        JoinCodes.Normalise(joinCode).ShouldBe(joinCode);
        response.Headers.Location!.OriginalString.ShouldBe($"{Route}/{id}");
        var session = await (await facilitator.GetAsync($"{Route}/{id}")).JsonAsync();
        session.GetProperty("title").GetString().ShouldBe("Naming harms");
        session.GetProperty("taxonomy").GetString().ShouldBe(slug);
        session.GetProperty("joinCode").GetString().ShouldBe(joinCode);
        session.GetProperty("phase").GetString().ShouldBe("draft");
        session.GetProperty("allowGuests").GetBoolean().ShouldBeTrue();
        (await (await facilitator.GetAsync(Route)).JsonAsync()).EnumerateArray().Select(listed => listed.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Opening_on_an_unknown_taxonomy_is_a_404_problem()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);

        var response = await facilitator.PostAsync(Route, new { taxonomy = "no-such-taxonomy", title = "T", allowGuests = true, languages = new[] { "en" } });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("no-such-taxonomy");
    }

    [Fact]
    public async Task A_guest_joins_by_code_as_typed_and_gets_a_participant_token_and_cookie()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(0, phase: "draft");
        var anonymous = app.CreateClient();

        var response = await anonymous.PostAsJsonAsync($"{Route}/join", new { joinCode = $" {session.JoinCode[..3].ToLowerInvariant()}-{session.JoinCode[3..]} ", displayName = "Ana" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var joined = JoinedSession.From(await response.JsonAsync());
        joined.SessionId.ShouldBe(session.Id);
        joined.AccessToken.ShouldStartWith(ParticipantTokenDefaults.Prefix);
        response.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith($"{ParticipantCookie.Name}=", StringComparison.Ordinal));
        using var me = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{session.Id}/participants/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", joined.AccessToken);
        var participant = await (await app.CreateClient().SendAsync(me)).JsonAsync();
        participant.GetProperty("participantId").GetGuid().ShouldBe(joined.ParticipantId);
        participant.GetProperty("displayName").GetString().ShouldBe("Ana");
        participant.GetProperty("kind").GetString().ShouldBe("guest");
        (await facilitator.ResultsAsync(session.Id)).Participants.ShouldBe(1);
    }

    [Fact]
    public async Task A_guest_who_joins_again_with_their_token_stays_the_same_participant_and_a_new_guest_does_not()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(0, phase: "draft");
        var first = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");

        using var again = new HttpRequestMessage(HttpMethod.Post, $"{Route}/join") { Content = JsonContent.Create(new { joinCode = session.JoinCode, displayName = "Ana" }) };
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first.AccessToken);
        var rejoined = JoinedSession.From(await (await app.CreateClient().SendAsync(again)).JsonAsync());
        var someoneElse = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");

        rejoined.ParticipantId.ShouldBe(first.ParticipantId);
        someoneElse.ParticipantId.ShouldNotBe(first.ParticipantId);
        (await facilitator.ResultsAsync(session.Id)).Participants.ShouldBe(2);
    }

    [Fact]
    public async Task Joining_with_an_unknown_code_is_a_404_problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync($"{Route}/join", new { joinCode = "ZZZZ22", displayName = "Ana" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("ZZZZ22");
    }

    [Fact]
    public async Task Joining_with_what_cannot_be_a_code_or_without_a_name_is_a_400_on_the_field()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(0, phase: "draft");

        var badCode = await app.CreateClient().PostAsJsonAsync($"{Route}/join", new { joinCode = "HARM0", displayName = "Ana" });
        var noName = await app.CreateClient().PostAsJsonAsync($"{Route}/join", new { joinCode = session.JoinCode, displayName = " " });

        badCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badCode.ProblemAsync()).ErrorsFor("joinCode").ShouldNotBeEmpty();
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noName.ProblemAsync()).ErrorsFor("displayName").ShouldNotBeEmpty();
        (await facilitator.ResultsAsync(session.Id)).Participants.ShouldBe(0);
    }

    [Fact]
    public async Task A_closed_session_refuses_a_join_by_its_code_with_409_saying_it_closed()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);

        var closed = await facilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "closed", summary = "Thanks, all." });
        var join = await app.CreateClient().PostAsJsonAsync($"{Route}/join", new { joinCode = session.JoinCode, displayName = "Late" });

        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.JsonAsync()).GetProperty("phase").GetString().ShouldBe("closed");
        join.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await join.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("has closed");
        (await facilitator.ResultsAsync(session.Id)).Participants.ShouldBe(0);
    }

    [Fact]
    public async Task An_accounts_only_session_refuses_a_guest_with_403_and_admits_a_signed_in_account()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var (slug, _) = await facilitator.CreateTaxonomyAsync();
        var session = await facilitator.OpenAsync(slug, allowGuests: false);
        var email = TestAccounts.NewEmail("member");
        await app.CreateAccountAsync(email, "Mina Member");
        var browser = FormClient.For(app);
        await browser.SignInAsync(email);

        var guest = await app.CreateClient().PostAsJsonAsync($"{Route}/join", new { joinCode = session.JoinCode, displayName = "Guest" });
        var member = await browser.Http.PostAsJsonAsync($"{Route}/join", new { joinCode = session.JoinCode, displayName = "" });

        guest.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await guest.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("Sign in");
        member.StatusCode.ShouldBe(HttpStatusCode.OK, await member.Content.ReadAsStringAsync());
        var joined = JoinedSession.From(await member.JsonAsync());
        using var me = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{session.Id}/participants/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", joined.AccessToken);
        var participant = await (await app.CreateClient().SendAsync(me)).JsonAsync();
        participant.GetProperty("kind").GetString().ShouldBe("account");
        participant.GetProperty("displayName").GetString().ShouldBe("Mina Member");
        var again = JoinedSession.From(await (await browser.Http.PostAsJsonAsync($"{Route}/join", new { joinCode = session.JoinCode, displayName = "" })).JsonAsync());
        again.ParticipantId.ShouldBe(joined.ParticipantId, "an account joins a session once, however often it asks");
        (await facilitator.ResultsAsync(session.Id)).Participants.ShouldBe(1);
    }

    [Fact]
    public async Task Seeding_answers_201_with_the_new_id_and_moving_the_phase_answers_the_phase()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(0, phase: "draft");

        var seeded = await facilitator.PostAsync($"{Route}/{session.Id}/statements", new { text = "Voice clones deserve a category." });
        var voting = await facilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "voting" });
        var timed = await facilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "voting", timerMinutes = 5 });

        seeded.StatusCode.ShouldBe(HttpStatusCode.Created);
        var itemId = (await seeded.JsonAsync()).GetProperty("id").GetGuid();
        voting.StatusCode.ShouldBe(HttpStatusCode.OK);
        var phase = await voting.JsonAsync();
        phase.GetProperty("phase").GetString().ShouldBe("voting");
        phase.GetProperty("timerEndsAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await timed.JsonAsync()).GetProperty("timerEndsAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromMinutes(1));
        var results = await facilitator.ResultsAsync(session.Id);
        results.Items.Keys.ShouldBe([itemId]);
        results.Items[itemId].ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task Refused_writes_are_problems_on_their_field_and_store_nothing()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1, phase: "voting");

        var tooLong = await facilitator.PostAsync($"{Route}/{session.Id}/statements", new { text = new string('x', 281) });
        var duplicate = await facilitator.PostAsync($"{Route}/{session.Id}/statements", new { text = "statement number 1 for the room" });
        var samePhase = await facilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "voting" });
        var noPhase = await facilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "lunch" });
        var hideWithoutReason = await facilitator.PostAsync($"{Route}/{session.Id}/items/{session.Items[0]}/hide", new { reason = "" });
        var unknownItem = await facilitator.PostAsync($"{Route}/{session.Id}/items/{Guid.NewGuid()}/approve");

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.ProblemAsync()).ErrorsFor("text").ShouldHaveSingleItem().ShouldContain("280");
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("already in the session");
        samePhase.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        noPhase.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noPhase.ProblemAsync()).ErrorsFor("phase").ShouldNotBeEmpty();
        hideWithoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hideWithoutReason.ProblemAsync()).ErrorsFor("reason").ShouldNotBeEmpty();
        unknownItem.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await facilitator.ResultsAsync(session.Id)).Items.Keys.ShouldBe(session.Items);
    }

    [Fact]
    public async Task Moderation_through_the_api_hides_approves_and_merges()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(3);
        var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        await using var _ = ana;
        (await ana.CastVoteAsync(session.Items[1], "agree")).ShouldBeRecorded();
        (await ana.CastVoteAsync(session.Items[0], "disagree")).ShouldBeRecorded();

        (await facilitator.PostAsync($"{Route}/{session.Id}/items/{session.Items[2]}/hide", new { reason = "Off topic" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var hidden = await ana.NextAsync("ItemModerated", moderated => moderated.GetProperty("itemId").GetGuid() == session.Items[2]);
        (await facilitator.PostAsync($"{Route}/{session.Id}/items/{session.Items[2]}/approve")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await facilitator.PostAsync($"{Route}/{session.Id}/items/{session.Items[1]}/merge", new { survivorId = session.Items[0] })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var merged = await ana.NextAsync("ItemModerated", moderated => moderated.GetProperty("state").GetString() == "merged");

        hidden.GetProperty("state").GetString().ShouldBe("hidden");
        hidden.GetProperty("reason").GetString().ShouldBe("Off topic");
        hidden.GetProperty("item").GetProperty("id").GetGuid().ShouldBe(session.Items[2]);
        merged.GetProperty("itemId").GetGuid().ShouldBe(session.Items[1]);
        merged.GetProperty("mergedInto").GetGuid().ShouldBe(session.Items[0]);
        var results = await facilitator.ResultsAsync(session.Id);
        results.Items.Keys.ShouldBe([session.Items[0], session.Items[2]], ignoreOrder: true);
        results.Items[session.Items[0]].ShouldBe((0, 1, 0), "Ana voted on both: her later vote (disagree, on the survivor) counts once");
        results.Votes.ShouldBe(1);
    }

    [Fact]
    public async Task Results_need_a_token_with_sessions_read()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1);
        var taxonomiesOnly = await SessionApiCaller.CreateAsync(app, [Roles.Curator], ApiScopes.TaxonomiesRead);
        var participant = await SessionApiCaller.JoinAsync(app.CreateClient(), session.JoinCode, "Ana");
        using var withParticipantToken = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{session.Id}/results");
        withParticipantToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", participant.AccessToken);

        var anonymous = await app.CreateClient().GetAsync($"{Route}/{session.Id}/results");
        var wrongScope = await taxonomiesOnly.GetAsync($"{Route}/{session.Id}/results");
        var asParticipant = await app.CreateClient().SendAsync(withParticipantToken);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await anonymous.ProblemAsync();
        wrongScope.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        asParticipant.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await facilitator.GetAsync($"{Route}/{Guid.NewGuid()}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_session_facilitators_run_it()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var otherFacilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(1, phase: "draft");

        var seed = await otherFacilitator.PostAsync($"{Route}/{session.Id}/statements", new { text = "Not my session" });
        var phase = await otherFacilitator.PostAsync($"{Route}/{session.Id}/phase", new { phase = "voting" });

        seed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await seed.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Not a facilitator of this session");
        phase.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await facilitator.ResultsAsync(session.Id)).Items.Count.ShouldBe(1);
        (await otherFacilitator.PostAsync($"{Route}/{Guid.NewGuid()}/statements", new { text = "Nowhere" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
