using System.Net;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Joining;

public sealed class JoinPageTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task Joining_with_the_form_sets_the_participant_cookie_and_opens_the_session()
    {
        var (_, code) = await OpenSessions.OpenAsync(app, SessionPhase.Voting, ["Voice clones deserve a category of their own."]);
        var form = FormClient.For(app);

        var joined = await form.SubmitAsync($"/join/{code}", "join", ("Input.JoinCode", code), ("Input.DisplayName", "Ana"));

        joined.RedirectTarget().ShouldBe($"/sessions/{code}");
        joined.Headers.GetValues("Set-Cookie").ShouldContain(cookie => cookie.StartsWith(ParticipantCookie.Name + "=htp_", StringComparison.Ordinal));
        var session = await form.GetPageAsync($"/sessions/{code}");
        session.TextOf("session-title").ShouldBe("Naming harms");
        session.TextOf("session-you").ShouldContain("Ana");
        session.Has("session-not-joined").ShouldBeFalse();
        session.TextOf("vote-card-text").ShouldBe("Voice clones deserve a category of their own.");
    }

    [Fact]
    public async Task The_code_in_the_address_fills_in_the_form()
    {
        var page = await FormClient.For(app).GetPageAsync("/join/HARM42");

        page.InputValue("join-code").ShouldBe("HARM42");
        page.Has("join-name").ShouldBeTrue();
        page.Has("join-submit").ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_code_comes_back_with_the_reason_under_the_code_and_no_cookie()
    {
        var form = FormClient.For(app);

        var response = await form.SubmitAsync("/join", "join", ("Input.JoinCode", "ZZZZ22"), ("Input.DisplayName", "Ana"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(cookie => cookie.StartsWith(ParticipantCookie.Name + "=", StringComparison.Ordinal));
        var page = await FormClient.ParseAsync(response);
        page.FieldMessage("join-code").ShouldContain("No open session has the code ZZZZ22");
        page.InputValue("join-name").ShouldBe("Ana");
    }

    [Fact]
    public async Task An_empty_name_is_refused_next_to_the_name()
    {
        var (_, code) = await OpenSessions.OpenAsync(app, SessionPhase.Proposing, []);

        var response = await FormClient.For(app).SubmitAsync($"/join/{code}", "join", ("Input.JoinCode", code), ("Input.DisplayName", " "));

        (await FormClient.ParseAsync(response)).FieldMessage("join-name").ShouldContain("Enter a display name");
    }

    [Fact]
    public async Task Without_joining_the_session_page_offers_to_join()
    {
        var (_, code) = await OpenSessions.OpenAsync(app, SessionPhase.Voting, []);

        var page = await FormClient.For(app).GetPageAsync($"/sessions/{code}");

        page.Has("session-not-joined").ShouldBeTrue();
        page.QuerySelector("[data-testid='session-join']")!.GetAttribute("href").ShouldBe($"/join/{code}");
    }
}
