using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Mvc;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth.Participants;

public sealed class ParticipantTokenAuthenticationTests(ParticipantAppFactory app) : IClassFixture<ParticipantAppFactory>
{
    private readonly Guid sessionA = Guid.CreateVersion7();
    private readonly Guid sessionB = Guid.CreateVersion7();
    private readonly Guid participantId = Guid.CreateVersion7();

    [Fact]
    public async Task A_token_for_the_session_answers_me_with_the_participant()
    {
        var response = await GetMeAsync(sessionA, bearer: GuestToken());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("sessionId").GetGuid().ShouldBe(sessionA);
        body.RootElement.GetProperty("participantId").GetGuid().ShouldBe(participantId);
        body.RootElement.GetProperty("displayName").GetString().ShouldBe("Guest 7");
        body.RootElement.GetProperty("kind").GetString().ShouldBe("guest");
    }

    [Fact]
    public async Task An_account_participant_is_reported_as_an_account()
    {
        var token = app.Issuer.Issue(ParticipantTicket.ForAccount(sessionA, participantId, "Ada", Guid.CreateVersion7()));

        var response = await GetMeAsync(sessionA, bearer: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("kind").GetString().ShouldBe("account");
    }

    [Fact]
    public async Task A_token_for_another_session_is_a_403_problem()
    {
        var response = await GetMeAsync(sessionB, bearer: GuestToken());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(response, 403);
    }

    [Fact]
    public async Task A_request_without_a_token_is_a_401_problem()
    {
        var response = await GetMeAsync(sessionA);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        await ShouldBeProblemAsync(response, 401);
    }

    [Fact]
    public async Task An_expired_token_is_a_401_problem_that_says_so()
    {
        var token = app.Issuer.Issue(ParticipantTicket.ForGuest(sessionA, participantId, "Guest 7"), TimeSpan.FromMinutes(5));
        (await GetMeAsync(sessionA, bearer: token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var response = await GetMeAsync(sessionA, bearer: token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("error=\"invalid_token\"");
        (await ShouldBeProblemAsync(response, 401)).Detail.ShouldNotBeNull().ShouldContain("expired");
    }

    [Fact]
    public async Task A_tampered_token_is_a_401_problem()
    {
        var token = GuestToken();
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        var response = await GetMeAsync(sessionA, bearer: tampered);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ShouldBeProblemAsync(response, 401)).Detail.ShouldBe(ParticipantTokenValidation.NotIssuedHere);
    }

    [Fact]
    public async Task A_bearer_token_without_the_prefix_is_left_to_other_schemes_and_answered_401()
    {
        var response = await GetMeAsync(sessionA, bearer: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // No invalid_token error: this scheme did not judge the token, it only found no participant token.
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        await ShouldBeProblemAsync(response, 401);
    }

    [Fact]
    public async Task The_participant_cookie_authenticates_a_browser()
    {
        var response = await GetMeAsync(sessionA, cookie: GuestToken());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participantId").GetGuid().ShouldBe(participantId);
    }

    [Fact]
    public async Task A_cookie_that_holds_no_token_is_a_401_problem()
    {
        var response = await GetMeAsync(sessionA, cookie: "not-a-token");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ShouldBeProblemAsync(response, 401)).Detail.ShouldBe(ParticipantTokenValidation.Malformed);
    }

    [Fact]
    public async Task An_access_token_in_the_query_is_ignored_outside_hubs()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/sessions/{sessionA}/participants/me?access_token={GuestToken()}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_access_token_in_the_query_is_accepted_on_hub_paths()
    {
        var client = app.CreateClient();
        var negotiate = $"{ParticipantProbeHub.Path}/negotiate?negotiateVersion=1&sessionId={sessionA}";

        (await client.PostAsync($"{negotiate}&access_token={GuestToken()}", content: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync(negotiate, content: null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_hub_connection_for_another_session_or_for_none_is_forbidden()
    {
        var client = app.CreateClient();
        var negotiate = $"{ParticipantProbeHub.Path}/negotiate?negotiateVersion=1&access_token={GuestToken()}";

        (await client.PostAsync($"{negotiate}&sessionId={sessionB}", content: null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync(negotiate, content: null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private string GuestToken() => app.Issuer.Issue(ParticipantTicket.ForGuest(sessionA, participantId, "Guest 7"));

    private async Task<HttpResponseMessage> GetMeAsync(Guid sessionId, string? bearer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sessions/{sessionId}/participants/me");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{ParticipantCookie.Name}={cookie}");
        }

        return await app.CreateClient().SendAsync(request);
    }

    private static async Task<ProblemDetails> ShouldBeProblemAsync(HttpResponseMessage response, int status)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        problem.ShouldNotBeNull().Status.ShouldBe(status);
        return problem;
    }
}
