using System.Net;
using System.Net.Http.Json;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ApiAccess;

namespace HarmTaxonomy.IntegrationTests.Features.OAuth;

public sealed class ClientCredentialsTests(OAuthAppFactory app) : IClassFixture<OAuthAppFactory>
{
    private const string Id = OAuthAppFactory.BootstrapClientId;
    private const string Secret = OAuthAppFactory.BootstrapClientSecret;

    [Fact]
    public async Task The_bootstrap_client_gets_a_token_with_every_scope_that_the_api_accepts()
    {
        var client = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(client, Id, Secret);

        var response = await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var caller = await response.Content.ReadFromJsonAsync<Caller>();
        caller!.Subject.ShouldBe(Id);
        caller.Scopes.ShouldBe(["taxonomies.read", "taxonomies.write", "sessions.read", "sessions.write", "admin"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_token_with_the_admin_scope_reads_the_admin_api()
    {
        var client = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(client, Id, Secret, "admin");

        var response = await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/admin/users?search=localhost", token));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("admin@localhost");
    }

    [Fact]
    public async Task A_token_without_the_scope_is_refused_with_403()
    {
        var client = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(client, Id, Secret, "taxonomies.read");

        var response = await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/admin/users", token));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_token_or_a_forged_token_is_401()
    {
        var client = app.CreateClient();

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var forged = await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", "eyJhbGciOiJub25lIn0.e30."));
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_an_oauth_error()
    {
        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Id,
            ["client_secret"] = "not-the-secret",
        });

        ((int)response.StatusCode).ShouldBeOneOf(400, 401);
        body.GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Fact]
    public async Task A_malformed_token_request_is_a_400_with_an_oauth_error()
    {
        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string> { ["grant_type"] = "password" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_unknown_scope_is_refused()
    {
        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Id,
            ["client_secret"] = Secret,
            ["scope"] = "everything",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldBe("invalid_scope");
    }

    [Fact]
    public async Task The_discovery_document_names_the_endpoints_and_scopes()
    {
        var discovery = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/.well-known/openid-configuration");

        discovery.GetProperty("token_endpoint").GetString().ShouldEndWith("/connect/token");
        discovery.GetProperty("authorization_endpoint").GetString().ShouldEndWith("/connect/authorize");
        discovery.GetProperty("end_session_endpoint").GetString().ShouldEndWith("/connect/endsession");
        discovery.GetProperty("scopes_supported").EnumerateArray().Select(scope => scope.GetString()).ShouldContain("taxonomies.read");
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ShouldContain("S256");
    }
}
