using System.Net;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth;

/// <summary>Who may open what, through real HTTP: pages with the sign-in cookie, the API with tokens.</summary>
public sealed class AuthorizationMatrixTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    public enum Outcome
    {
        Ok,
        SignInFirst,
        Denied,
        Unauthorized,
        Forbidden,
    }

    [Theory]
    [InlineData(null, "/admin/users", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/admin/users", Outcome.Denied)]
    [InlineData(Roles.Researcher, "/admin/users", Outcome.Denied)]
    [InlineData(Roles.Curator, "/admin/users", Outcome.Denied)]
    [InlineData(Roles.Facilitator, "/admin/users", Outcome.Denied)]
    [InlineData(Roles.Admin, "/admin/users", Outcome.Ok)]
    [InlineData(null, "/account/api-clients", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/account/api-clients", Outcome.Denied)]
    [InlineData(Roles.Researcher, "/account/api-clients", Outcome.Ok)]
    [InlineData(Roles.Curator, "/account/api-clients", Outcome.Ok)]
    [InlineData(Roles.Facilitator, "/account/api-clients", Outcome.Ok)]
    [InlineData(Roles.Admin, "/account/api-clients", Outcome.Ok)]
    [InlineData(null, "/account/manage", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/account/manage", Outcome.Ok)]
    [InlineData(null, "/taxonomies", Outcome.Ok)]
    [InlineData(Roles.Participant, "/taxonomies", Outcome.Ok)]
    [InlineData(null, "/curation", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/curation", Outcome.Ok)]
    [InlineData(Roles.Curator, "/curation", Outcome.Ok)]
    [InlineData(null, "/curation/any-slug/draft", Outcome.SignInFirst)]
    [InlineData(null, "/curation/any-slug/versions", Outcome.SignInFirst)]
    [InlineData(null, "/curation/any-slug/diff", Outcome.SignInFirst)]
    [InlineData(null, "/curation/any-slug/coverage", Outcome.SignInFirst)]
    [InlineData(Roles.Researcher, "/curation/any-slug/draft", Outcome.Ok)]
    [InlineData(null, "/facilitate", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/facilitate", Outcome.Denied)]
    [InlineData(Roles.Researcher, "/facilitate", Outcome.Denied)]
    [InlineData(Roles.Facilitator, "/facilitate", Outcome.Ok)]
    [InlineData(Roles.Curator, "/facilitate", Outcome.Ok)]
    [InlineData(Roles.Admin, "/facilitate", Outcome.Ok)]
    [InlineData(null, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.Denied)]
    [InlineData(Roles.Researcher, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.Denied)]
    [InlineData(Roles.Facilitator, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.Ok)]
    [InlineData(Roles.Curator, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.Ok)]
    [InlineData(Roles.Admin, "/facilitate/0198c0de-0000-7000-8000-000000000001", Outcome.Ok)]
    [InlineData(null, "/join", Outcome.Ok)]
    [InlineData(null, "/sessions/HARM42", Outcome.Ok)]
    [InlineData(null, "/sessions/HARM42/screen", Outcome.SignInFirst)]
    [InlineData(Roles.Participant, "/sessions/HARM42/screen", Outcome.Denied)]
    [InlineData(Roles.Researcher, "/sessions/HARM42/screen", Outcome.Denied)]
    [InlineData(Roles.Facilitator, "/sessions/HARM42/screen", Outcome.Ok)]
    [InlineData(Roles.Curator, "/sessions/HARM42/screen", Outcome.Ok)]
    public async Task Pages_follow_the_roles(string? role, string path, Outcome expected)
    {
        var form = FormClient.For(app);
        var client = form.Http;
        if (role is not null)
        {
            var user = await TestAccounts.CreateAsync(app.Services, role);
            await form.SignInAsync(user.Email!);
        }

        var response = await client.GetAsync(path);

        Classify(response).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "/api/v1/me", Outcome.Unauthorized)]
    [InlineData(Roles.Researcher, "/api/v1/me", Outcome.Ok)]
    [InlineData(Roles.Admin, "/api/v1/me", Outcome.Ok)]
    [InlineData(null, "/api/v1/admin/users", Outcome.Unauthorized)]
    [InlineData(Roles.Researcher, "/api/v1/admin/users", Outcome.Forbidden)]
    [InlineData(Roles.Curator, "/api/v1/admin/users", Outcome.Forbidden)]
    [InlineData(Roles.Facilitator, "/api/v1/admin/users", Outcome.Forbidden)]
    [InlineData(Roles.Admin, "/api/v1/admin/users", Outcome.Ok)]
    [InlineData(null, "/api/v1/reference-taxonomies", Outcome.Ok)]
    [InlineData(null, "/api/v1/taxonomies", Outcome.Unauthorized)]
    [InlineData(Roles.Researcher, "/api/v1/taxonomies", Outcome.Ok)]
    [InlineData(Roles.Curator, "/api/v1/taxonomies", Outcome.Ok)]
    [InlineData(Roles.Facilitator, "/api/v1/taxonomies", Outcome.Ok)]
    [InlineData(Roles.Admin, "/api/v1/taxonomies", Outcome.Ok)]
    public async Task The_api_follows_the_scopes_of_a_clients_owner(string? ownerRole, string path, Outcome expected)
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ownerRole is not null)
        {
            var owner = await TestAccounts.CreateAsync(app.Services, ownerRole);
            var scopes = ApiScopes.HeldBy([ownerRole]).ToList();
            var created = await TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>()
                .CreateAsync(new NewApiClient { Name = "Matrix", Scopes = scopes }, owner.Id, [Roles.Participant, ownerRole]));
            var token = await TokenRequests.ClientCredentialsAsync(client, created.ClientId, created.Secret!);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);

        Classify(response).ShouldBe(expected);
    }

    [Fact]
    public async Task A_session_cookie_does_not_open_the_api()
    {
        var form = FormClient.For(app);
        var client = form.Http;
        var admin = await TestAccounts.CreateAsync(app.Services, Roles.Admin);
        await form.SignInAsync(admin.Email!);

        (await client.GetAsync("/api/v1/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/admin/users", "Admin")]
    [InlineData("/account/api-clients", "Researcher")]
    [InlineData("/facilitate", "Facilitator")]
    public async Task The_access_denied_page_names_the_role_a_real_page_needs(string path, string role)
    {
        var form = FormClient.For(app);
        var participant = await TestAccounts.CreateAsync(app.Services);
        await form.SignInAsync(participant.Email!);

        var denied = await form.Http.GetAsync(path);
        var page = await form.GetPageAsync(denied.Headers.Location!.OriginalString);

        page.TextOf("access-denied-roles").ShouldContain(role);
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains(IdentitySetup.LoginPath, StringComparison.OrdinalIgnoreCase) => Outcome.SignInFirst,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains(IdentitySetup.AccessDeniedPath, StringComparison.OrdinalIgnoreCase) => Outcome.Denied,
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode} {location}"),
        };
    }
}
