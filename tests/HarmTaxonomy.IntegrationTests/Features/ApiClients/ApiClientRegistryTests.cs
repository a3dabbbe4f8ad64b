using System.Net;
using System.Net.Http.Json;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Administration.ManagingRoles;
using HarmTaxonomy.Web.Features.ApiAccess;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.ApiClients;

public sealed class ApiClientRegistryTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task A_researcher_creates_a_client_whose_secret_gets_a_token_with_the_chosen_scope()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var created = await CreateAsync(researcher, Roles.Researcher, "taxonomies.read");
        var client = app.CreateClient();

        var token = await TokenRequests.ClientCredentialsAsync(client, created.ClientId, created.Secret!);
        var caller = await (await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token))).Content.ReadFromJsonAsync<Caller>();

        caller!.Subject.ShouldBe(created.ClientId);
        caller.Scopes.ShouldBe(["taxonomies.read"]);
        caller.Owner.ShouldBe(researcher.Id.ToString());
    }

    [Fact]
    public async Task A_client_cannot_be_given_a_scope_its_creator_does_not_hold()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);

        var refused = await Should.ThrowAsync<ApiClientValidationException>(() => CreateAsync(researcher, Roles.Researcher, "admin"));

        refused.Errors.ShouldContainKey(nameof(NewApiClient.Scopes));
    }

    [Fact]
    public async Task A_client_asking_for_a_scope_it_was_not_given_is_refused()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var created = await CreateAsync(researcher, Roles.Researcher, "taxonomies.read");

        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created.ClientId,
            ["client_secret"] = created.Secret!,
            ["scope"] = "admin",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldBeOneOf("invalid_scope", "invalid_request");
        body.GetProperty("error_description").GetString().ShouldNotBeNull().ShouldContain("scope");
    }

    [Fact]
    public async Task When_the_owner_loses_the_role_the_client_loses_its_scopes()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var created = await CreateAsync(researcher, Roles.Researcher, "taxonomies.read", "sessions.read");
        await TestAccounts.WithScopeAsync(app.Services, async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            return await services.GetRequiredService<RoleAssignments>().RevokeAsync((await users.FindByIdAsync(researcher.Id.ToString()))!, Roles.Researcher, "system:test");
        });
        var client = app.CreateClient();

        var token = await TokenRequests.ClientCredentialsAsync(client, created.ClientId, created.Secret!);
        var caller = await (await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token))).Content.ReadFromJsonAsync<Caller>();

        caller!.Scopes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Revoking_a_client_stops_its_tokens_at_once()
    {
        var curator = await TestAccounts.CreateAsync(app.Services, Roles.Curator);
        var created = await CreateAsync(curator, Roles.Curator, "taxonomies.write");
        var client = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(client, created.ClientId, created.Secret!);
        (await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stranger = await TestAccounts.CreateAsync(app.Services, Roles.Curator);
        (await RevokeAsync(created.ClientId, stranger.Id)).ShouldBeFalse();
        (await RevokeAsync(created.ClientId, curator.Id)).ShouldBeTrue();

        (await client.SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (response, _) = await TokenRequests.PostAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = created.ClientId,
            ["client_secret"] = created.Secret!,
        });
        ((int)response.StatusCode).ShouldBeOneOf(400, 401);
    }

    [Fact]
    public async Task Owners_list_their_own_clients_and_admins_list_all()
    {
        var first = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var second = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var mine = await CreateAsync(first, Roles.Researcher, "sessions.read");
        var theirs = await CreateAsync(second, Roles.Researcher, "sessions.read");

        var admin = await TestAccounts.CreateAsync(app.Services, Roles.Admin);

        var ownView = await TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>().ListAsync(first.Id));
        var adminView = await TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>().ListAsync(admin.Id));

        ownView.Select(client => client.ClientId).ShouldContain(mine.ClientId);
        ownView.Select(client => client.ClientId).ShouldNotContain(theirs.ClientId);
        adminView.Select(client => client.ClientId).ShouldContain(mine.ClientId);
        adminView.Select(client => client.ClientId).ShouldContain(theirs.ClientId);
    }

    [Fact]
    public async Task An_interactive_app_needs_a_safe_redirect_uri_and_gets_no_secret()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);

        var invalid = await Should.ThrowAsync<ApiClientValidationException>(() =>
            CreateAsync(researcher, Roles.Researcher, new NewApiClient { Name = "App", Scopes = ["taxonomies.read"], RedirectUri = "http://example.org/cb" }));
        invalid.Errors.ShouldContainKey(nameof(NewApiClient.RedirectUri));

        var created = await CreateAsync(researcher, Roles.Researcher, new NewApiClient { Name = "App", Scopes = ["taxonomies.read"], RedirectUri = "https://app.example/callback" });
        created.Secret.ShouldBeNull();
        created.ClientId.ShouldStartWith("htc_");
    }

    private Task<CreatedApiClient> CreateAsync(AppUser owner, string role, params string[] scopes) =>
        CreateAsync(owner, role, new NewApiClient { Name = "Nightly export", Scopes = [.. scopes] });

    private Task<CreatedApiClient> CreateAsync(AppUser owner, string role, NewApiClient request) =>
        TestAccounts.WithScopeAsync(app.Services, services =>
            services.GetRequiredService<ApiClientRegistry>().CreateAsync(request, owner.Id, [Roles.Participant, role]));

    private Task<bool> RevokeAsync(string clientId, Guid actor) =>
        TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>().RevokeAsync(clientId, actor));
}
