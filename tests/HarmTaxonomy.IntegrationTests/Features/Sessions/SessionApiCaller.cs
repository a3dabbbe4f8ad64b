using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions;

/// <summary>
/// A facilitator's tool calling the session API as any HTTP client would: a confidential API client owned by a person
/// who facilitates (and curates, so the tool can also build the taxonomy a session works on), with a client-credentials
/// token. Joining is anonymous and goes through <see cref="JoinAsync"/>.
/// </summary>
public sealed class SessionApiCaller(HttpClient http, string token, Guid ownerId)
{
    public const string Route = "/api/v1/sessions";

    public HttpClient Http { get; } = http;

    /// <summary>The account that owns the tool: the session's facilitator when the tool opens it.</summary>
    public Guid OwnerId { get; } = ownerId;

    public static Task<SessionApiCaller> FacilitatorAsync(WebApplicationFactory<Program> app) =>
        CreateAsync(app, [Roles.Facilitator, Roles.Curator], ApiScopes.TaxonomiesRead, ApiScopes.TaxonomiesWrite, ApiScopes.SessionsRead, ApiScopes.SessionsWrite);

    /// <summary>A tool owned by a new account holding <paramref name="roles"/>, given <paramref name="scopes"/>.</summary>
    public static async Task<SessionApiCaller> CreateAsync(WebApplicationFactory<Program> app, string[] roles, params string[] scopes)
    {
        var owner = await TestAccounts.CreateAsync(app.Services, roles);
        var client = await TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>()
            .CreateAsync(new NewApiClient { Name = "Session tool", Scopes = [.. scopes] }, owner.Id, [Roles.Participant, .. roles]));
        var http = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(http, client.ClientId, client.Secret!);
        return new SessionApiCaller(http, token, owner.Id);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        SendContentAsync(method, path, body is null ? null : JsonContent.Create(body));

    /// <summary>Sends any content (a multipart upload, say) with the tool's token.</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = content;
        return await Http.SendAsync(request);
    }

    /// <summary>A taxonomy in English and Spanish with one category, “Fraud”; returns its slug and the category's id.</summary>
    public async Task<(string Slug, Guid Fraud)> CreateTaxonomyAsync()
    {
        var slug = $"session-{Guid.NewGuid():N}";
        (await PostAsync(TaxonomyApiCaller.Route, new { slug, title = "Session taxonomy", description = "", languages = new[] { "en", "es" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var added = await PostAsync(
            $"{TaxonomyApiCaller.Route}/{slug}/draft/categories", new { language = "en", label = "Fraud", definition = "Deceiving people for gain.", modalities = new[] { "text" } });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (slug, (await added.JsonAsync()).GetProperty("id").GetGuid());
    }

    public async Task<OpenedSession> OpenAsync(string slug, bool allowGuests = true, bool preModerate = false, bool voteWhileDiscussing = false)
    {
        var response = await PostAsync(Route, new
        {
            taxonomy = slug,
            title = "Naming harms together",
            prompt = "Which harms do **you** meet?",
            allowGuests,
            languages = new[] { "en", "es" },
            preModerate,
            voteWhileDiscussing,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.JsonAsync();
        return new OpenedSession(body.GetProperty("id").GetGuid(), body.GetProperty("joinCode").GetString()!, slug, []);
    }

    /// <summary>A session on a new taxonomy with <paramref name="statements"/> seeded, moved to <paramref name="phase"/>.</summary>
    public async Task<OpenedSession> OpenWithStatementsAsync(int statements, string phase = "voting", bool allowGuests = true)
    {
        var (slug, _) = await CreateTaxonomyAsync();
        var opened = await OpenAsync(slug, allowGuests);
        var items = new List<Guid>();
        for (var number = 1; number <= statements; number++)
        {
            items.Add(await SeedAsync(opened.Id, $"Statement number {number} for the room."));
        }

        if (phase != "draft")
        {
            await PhaseAsync(opened.Id, phase);
        }

        return opened with { Items = items };
    }

    public async Task<Guid> SeedAsync(Guid sessionId, string text)
    {
        var response = await PostAsync($"{Route}/{sessionId}/statements", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public async Task PhaseAsync(Guid sessionId, string phase, string? summary = null)
    {
        var response = await PostAsync($"{Route}/{sessionId}/phase", new { phase, summary });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task<SessionResults> ResultsAsync(Guid sessionId)
    {
        var response = await GetAsync($"{Route}/{sessionId}/results");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return SessionResults.From(await response.JsonAsync());
    }

    /// <summary>Joins anonymously (as a guest) and returns what the API answers.</summary>
    public static async Task<JoinedSession> JoinAsync(HttpClient anonymous, string joinCode, string displayName)
    {
        var response = await anonymous.PostAsJsonAsync($"{Route}/join", new { joinCode, displayName });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JoinedSession.From(await response.JsonAsync());
    }
}

public sealed record OpenedSession(Guid Id, string JoinCode, string TaxonomySlug, IReadOnlyList<Guid> Items);

public sealed record JoinedSession(Guid SessionId, Guid ParticipantId, string AccessToken)
{
    public static JoinedSession From(JsonElement body) => new(
        body.GetProperty("sessionId").GetGuid(), body.GetProperty("participantId").GetGuid(), body.GetProperty("accessToken").GetString()!);
}

/// <summary><c>GET …/results</c> as numbers: participants, counted votes, and each item's agree / disagree / pass.</summary>
public sealed record SessionResults(int Participants, int Votes, IReadOnlyDictionary<Guid, (int Agree, int Disagree, int Pass)> Items)
{
    public static SessionResults From(JsonElement body) => new(
        body.GetProperty("participants").GetInt32(),
        body.GetProperty("votes").GetInt32(),
        body.GetProperty("items").EnumerateArray().ToDictionary(
            item => item.GetProperty("id").GetGuid(),
            item => (item.GetProperty("agree").GetInt32(), item.GetProperty("disagree").GetInt32(), item.GetProperty("pass").GetInt32())));

    public int TotalOnItems => Items.Values.Sum(tally => tally.Agree + tally.Disagree + tally.Pass);
}
