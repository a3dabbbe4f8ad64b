using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HarmTaxonomy.LoadTests.Api;

/// <summary>
/// The app's HTTP API as the tool uses it: a client-credentials token, opening and seeding a session, moving it to
/// voting, joining participants (anonymous, rate-limited by <c>RateLimits:JoinPerMinute</c>) and reading results.
/// </summary>
public sealed class AppApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpClient http;
    private string? accessToken;

    public AppApi(Uri baseAddress, int connections)
    {
        // No cookie jar: each simulated participant is a phone of its own. The join API sets the participant cookie, and
        // a shared jar would make every later join a returning guest of the first (the same participant id), so votes
        // from different voters on one item would replace each other.
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public async Task SignInAsync(string clientId, string clientSecret, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            // admin too: a client without an owner account is no facilitator of the session it opens, so seeding and phases need it.
            ["scope"] = "sessions.read sessions.write admin",
        });
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form, cancellationToken);
        await EnsureAsync(response, "token", cancellationToken);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(Json, cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered with no token.");
        accessToken = token.AccessToken;
    }

    public bool SignedIn => accessToken is not null;

    public Task<OpenedSession> OpenSessionAsync(string taxonomy, CancellationToken cancellationToken) =>
        SendAsync<OpenedSession>(HttpMethod.Post, "/api/v1/sessions", new OpenSessionRequest(
            taxonomy, $"Load test {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}", "Opened by tests/HarmTaxonomy.LoadTests.", true, ["en"]), cancellationToken);

    public Task<Created> SeedStatementAsync(Guid sessionId, string text, CancellationToken cancellationToken) =>
        SendAsync<Created>(HttpMethod.Post, $"/api/v1/sessions/{sessionId}/statements", new SeedStatementRequest(text), cancellationToken);

    public Task<JsonElement> ChangePhaseAsync(Guid sessionId, string phase, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"/api/v1/sessions/{sessionId}/phase", new ChangePhaseRequest(phase), cancellationToken);

    public Task<SessionResults> ResultsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        SendAsync<SessionResults>(HttpMethod.Get, $"/api/v1/sessions/{sessionId}/results", body: null, cancellationToken);

    public async Task<JoinedParticipant> JoinAsync(string joinCode, string displayName, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions/join") { Content = JsonContent.Create(new JoinRequest(joinCode, displayName)) };
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "join", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JoinedParticipant>(cancellationToken)
            ?? throw new InvalidOperationException("Joining answered with no body.");
    }

    public void Dispose() => http.Dispose();

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken ?? throw new InvalidOperationException("No API token: give --client-id and --client-secret."));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new InvalidOperationException($"{path} answered with no body.");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{what}: {(int)response.StatusCode} {response.ReasonPhrase}: {detail}", null, response.StatusCode);
        }
    }
}
