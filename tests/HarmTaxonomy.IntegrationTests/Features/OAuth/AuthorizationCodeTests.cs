using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using HarmTaxonomy.IntegrationTests.Features.Accounts;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ApiAccess;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.OAuth;

public sealed class AuthorizationCodeTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private const string RedirectUri = "http://127.0.0.1:7890/callback";

    [Fact]
    public async Task An_app_signs_a_person_in_with_pkce_and_refreshes_its_token()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var form = FormClient.For(app);
        var browser = form.Http;
        var (verifier, challenge) = Pkce();

        var authorize = $"/connect/authorize?response_type=code&client_id={appClient}&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString("openid offline_access taxonomies.read")}&code_challenge={challenge}&code_challenge_method=S256&state=xyz";
        var anonymous = await browser.GetAsync(authorize);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/account/login");

        await form.SignInAsync(researcher.Email!);
        var granted = await browser.GetAsync(authorize);

        granted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = granted.Headers.Location!;
        callback.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var query = HttpUtility.ParseQueryString(callback.Query);
        query["state"].ShouldBe("xyz");

        var (tokenResponse, tokens) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = appClient,
            ["code"] = query["code"]!,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        });
        tokenResponse.StatusCode.ShouldBe(HttpStatusCode.OK, tokens.ToString());
        var caller = await CallerAsync(tokens.GetProperty("access_token").GetString()!);
        caller.Subject.ShouldBe(researcher.Id.ToString());
        caller.Scopes.ShouldContain("taxonomies.read");

        var (refreshResponse, refreshed) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = appClient,
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        refreshResponse.StatusCode.ShouldBe(HttpStatusCode.OK, refreshed.ToString());
        (await CallerAsync(refreshed.GetProperty("access_token").GetString()!)).Subject.ShouldBe(researcher.Id.ToString());

        // The next refresh after losing the role carries no scope the role gave.
        await TestAccounts.WithScopeAsync(app.Services, async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var assignments = services.GetRequiredService<HarmTaxonomy.Web.Features.Administration.ManagingRoles.RoleAssignments>();
            return await assignments.RevokeAsync((await users.FindByIdAsync(researcher.Id.ToString()))!, Roles.Researcher, "system:test");
        });
        var (_, afterRevocation) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = appClient,
            ["refresh_token"] = refreshed.GetProperty("refresh_token").GetString()!,
        });
        (await CallerAsync(afterRevocation.GetProperty("access_token").GetString()!)).Scopes.ShouldNotContain("taxonomies.read");
    }

    [Fact]
    public async Task A_code_exchange_with_the_wrong_verifier_is_refused()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var form = FormClient.For(app);
        var browser = form.Http;
        await form.SignInAsync(researcher.Email!);
        var (_, challenge) = Pkce();
        var granted = await browser.GetAsync($"/connect/authorize?response_type=code&client_id={appClient}&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope=taxonomies.read&code_challenge={challenge}&code_challenge_method=S256");
        var code = HttpUtility.ParseQueryString(granted.Headers.Location!.Query)["code"]!;

        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = appClient,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = Pkce().Verifier,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task An_authorize_request_without_pkce_is_refused()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);

        var response = await FormClient.For(app).Http
            .GetAsync($"/connect/authorize?response_type=code&client_id={appClient}&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=taxonomies.read");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answer = await response.Content.ReadAsStringAsync();
        answer.ShouldContain("invalid_request");
        answer.ShouldContain("code_challenge");
    }

    [Fact]
    public async Task A_revoked_refresh_token_cannot_be_used_again()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var tokens = await SignInAndExchangeAsync(researcher, appClient, "offline_access taxonomies.read");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var revoke = await app.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
            ["client_id"] = appClient,
        }));
        revoke.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (response, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = appClient,
            ["refresh_token"] = refreshToken,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_password_change_ends_what_apps_hold_in_the_persons_name()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var form = FormClient.For(app);
        var tokens = await SignInAndExchangeAsync(form, researcher, appClient, "offline_access taxonomies.read");

        var changed = await form.SubmitAsync("/account/manage/change-password", "change-password",
            ("Input.CurrentPassword", TestAccounts.Password), ("Input.NewPassword", "a brand new passphrase"), ("Input.ConfirmPassword", "a brand new passphrase"));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (refresh, body) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = appClient,
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
        var access = await app.CreateClient().SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", tokens.GetProperty("access_token").GetString()!));
        access.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_app_holding_the_id_token_ends_the_session_here()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var form = FormClient.For(app);
        var tokens = await SignInAndExchangeAsync(form, researcher, appClient, "openid taxonomies.read");
        (await form.Http.GetAsync("/account/manage")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ended = await form.Http.GetAsync(
            $"/connect/endsession?id_token_hint={tokens.GetProperty("id_token").GetString()}&post_logout_redirect_uri={Uri.EscapeDataString(RedirectUri)}");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ended.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var afterwards = await form.Http.GetAsync("/account/manage");
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterwards.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_bare_link_to_end_the_session_asks_the_person_instead_of_signing_them_out()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var form = FormClient.For(app);
        await form.SignInAsync(researcher.Email!);

        var ended = await form.Http.GetAsync("/connect/endsession");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ended.Headers.Location!.OriginalString.ShouldBe("/account/logout");
        (await form.Http.GetAsync("/account/manage")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_person_who_registered_an_app_can_authorize_it()
    {
        var owner = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(owner);
        var someoneElse = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var form = FormClient.For(app);
        await form.SignInAsync(someoneElse.Email!);
        var (_, challenge) = Pkce();

        var response = await form.Http.GetAsync($"/connect/authorize?response_type=code&client_id={appClient}" +
            $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=taxonomies.read&code_challenge={challenge}&code_challenge_method=S256");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var query = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        query["error"].ShouldBe("access_denied");
        query["code"].ShouldBeNull();
    }

    [Fact]
    public async Task Prompt_login_asks_for_one_sign_in_and_then_completes()
    {
        var researcher = await TestAccounts.CreateAsync(app.Services, Roles.Researcher);
        var appClient = await RegisterAppAsync(researcher);
        var form = FormClient.For(app);
        var (_, challenge) = Pkce();

        var first = await form.Http.GetAsync($"/connect/authorize?response_type=code&client_id={appClient}&prompt=login" +
            $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=taxonomies.read&code_challenge={challenge}&code_challenge_method=S256");
        var returnUrl = HttpUtility.ParseQueryString(first.Headers.Location!.Query)["ReturnUrl"]!;
        returnUrl.ShouldNotContain("prompt=login");
        await form.SignInAsync(researcher.Email!);

        var back = await form.Http.GetAsync(returnUrl);

        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        HttpUtility.ParseQueryString(back.Headers.Location!.Query)["code"].ShouldNotBeNull();
    }

    private Task<System.Text.Json.JsonElement> SignInAndExchangeAsync(AppUser user, string appClient, string scope) =>
        SignInAndExchangeAsync(FormClient.For(app), user, appClient, scope);

    private async Task<System.Text.Json.JsonElement> SignInAndExchangeAsync(FormClient form, AppUser user, string appClient, string scope)
    {
        await form.SignInAsync(user.Email!);
        var (verifier, challenge) = Pkce();
        var granted = await form.Http.GetAsync($"/connect/authorize?response_type=code&client_id={appClient}&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString(scope)}&code_challenge={challenge}&code_challenge_method=S256");
        var code = HttpUtility.ParseQueryString(granted.Headers.Location!.Query)["code"]!;
        var (response, tokens) = await TokenRequests.PostAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = appClient,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    private async Task<Caller> CallerAsync(string accessToken)
    {
        var response = await app.CreateClient().SendAsync(TokenRequests.Authorized(HttpMethod.Get, "/api/v1/me", accessToken));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Caller>())!;
    }

    private Task<string> RegisterAppAsync(AppUser owner) =>
        TestAccounts.WithScopeAsync(app.Services, async services =>
            (await services.GetRequiredService<ApiClientRegistry>().CreateAsync(
                new NewApiClient { Name = "Notebook", Scopes = ["taxonomies.read"], RedirectUri = RedirectUri },
                owner.Id,
                [Roles.Participant, Roles.Researcher])).ClientId);

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
