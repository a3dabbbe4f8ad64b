using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Features.Sessions.ExportingToPolis;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;
using HarmTaxonomy.Web.Features.Sessions.Participating;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Auth;

/// <summary>
/// Every endpoint and hub method is either protected or explicitly anonymous, so a new unprotected endpoint
/// fails CI instead of shipping.
/// </summary>
public sealed class EndpointProtectionTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    // Framework plumbing that must be reachable before anyone signs in, by route prefix.
    private static readonly string[] FrameworkRoutes =
    [
        "_blazor",            // the Blazor Server circuit (pages inside it are authorized one by one)
        "_framework/",        // blazor.web.js
        "_content/",          // MudBlazor's static files
    ];

    // Published content is public: what researchers read of released versions, and the API's own reference.
    private static readonly string[] PublishedAndPublic =
    [
        "api/v1/taxonomies/{slug}/versions",
        "api/v1/taxonomies/{slug}/versions/{file}",
        "api/v1/taxonomies/{slug}/versions/{version}/sessions",
        "api/v1/taxonomies/{slug}/diff",
        "api/v1/taxonomies/{slug}/migration-map.{format}",
        "schemas/taxonomy-version.context.jsonld",
        "api/v1/search",
        "api/v1/taxonomies/{slug}/versions/{version}/crosswalk/{reference}",
        "api/v1/taxonomies/{slug}/versions/{version}/crosswalk/{reference}.csv",
        "openapi/{documentName}.json",
        "api/docs/{documentName?}", "api/docs/scalar.js", "api/docs/scalar.aspnetcore.js", "api/docs/favicon.svg",
        "taxonomies/{Slug}/versions/{Version}", "taxonomies/{Slug}/categories/{CategoryId:guid}", "taxonomies/{Slug}/diff",
    ];

    [Fact]
    public void Every_endpoint_is_protected_or_explicitly_anonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var undecided = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Where(endpoint => !IsStaticAsset(endpoint) && !IsFramework(endpoint))
            .Select(endpoint => $"{endpoint.RoutePattern.RawText} ({endpoint.DisplayName})")
            .ToList();

        undecided.ShouldBeEmpty("add [Authorize]/.RequireAuthorization(...) or an explicit [AllowAnonymous]/.AllowAnonymous()");
    }

    [Fact]
    public void Every_api_endpoint_answers_for_itself_instead_of_the_browser_status_pages()
    {
        // A refused API write re-run as a page would come back as a 400 from the page's anti-forgery check.
        var pagesAnswer = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.ISkipStatusCodePagesMetadata>() is null)
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .ToList();

        pagesAnswer.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refused_admin_write_without_a_token_is_a_401_problem()
    {
        using var response = await app.CreateClient().PutAsync($"/api/v1/admin/users/{Guid.NewGuid()}/roles/Curator", null);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public void The_anonymous_endpoints_are_the_known_public_ones()
    {
        var anonymous = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsStaticAsset(endpoint) && !IsFramework(endpoint))
            .Select(endpoint => endpoint.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet();

        anonymous.ShouldBeSubsetOf(
        [
            "", "taxonomies", "taxonomies/{Slug}", "not-found", "error",
            "api/v1/reference-taxonomies/", "api/v1/reference-taxonomies/{slug}",
            "health/live", "health/ready", "culture/set",
            "connect/authorize", "connect/token", "connect/endsession",
            "account/login", "account/register", "account/logout", "account/forgot-password", "account/reset-password",
            "account/access-denied",
            "api/v1/sessions/join", "join", "join/{Code}", "sessions/{Code}",
            .. PublishedAndPublic,
        ]);
    }

    [Fact]
    public void Taxonomy_api_reads_need_taxonomies_read_and_writes_need_taxonomies_write()
    {
        var taxonomyApi = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith(TaxonomyApi.Route, StringComparison.Ordinal))
            .Where(endpoint => !PublishedAndPublic.Contains(endpoint.RoutePattern.RawText!.TrimStart('/')))
            .ToList();
        taxonomyApi.Count.ShouldBeGreaterThan(20);

        var wrong = taxonomyApi
            .Select(endpoint => (
                Endpoint: endpoint,
                Methods: endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
                Policies: endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList()))
            .Where(found => found.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || !found.Policies.SequenceEqual([AuthorizationPolicies.Scope(
                    found.Methods.All(method => method == HttpMethods.Get) ? ApiScopes.TaxonomiesRead : ApiScopes.TaxonomiesWrite)]))
            .Select(found => $"{string.Join(",", found.Methods)} {found.Endpoint.RoutePattern.RawText}: {string.Join(", ", found.Policies)}")
            .ToList();

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Session_api_reads_need_sessions_read_writes_need_sessions_write_and_joining_is_anonymous_but_rate_limited()
    {
        var sessionApi = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith(SessionApi.Route, StringComparison.Ordinal))
            .ToDictionary(endpoint => $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {endpoint.RoutePattern.RawText}");
        sessionApi.Count.ShouldBeGreaterThan(10);

        var join = sessionApi[$"POST {SessionApi.Route}/join"];
        join.Metadata.GetMetadata<IAllowAnonymous>().ShouldNotBeNull();
        join.Metadata.GetMetadata<EnableRateLimitingAttribute>().ShouldNotBeNull().PolicyName.ShouldBe(RateLimitPolicies.Join);
        Policies(sessionApi[$"GET {CurrentParticipantApi.Route}"]).ShouldBe([AuthorizationPolicies.SessionParticipant]);
        // The Polis download and upload also serve the signed-in console (cookie), with the same scopes for tokens.
        var polisExport = $"GET {SessionApi.Route}/{{sessionId:guid}}/export/polis.zip";
        var polisImport = $"POST {SessionApi.Route}/import/polis";
        Policies(sessionApi[polisExport]).ShouldBe([PolisExportEndpoint.Policy]);
        Policies(sessionApi[polisImport]).ShouldBe([PolisImportEndpoint.Policy]);
        string[] ownPolicies = [$"GET {CurrentParticipantApi.Route}", polisExport, polisImport];

        var wrong = sessionApi
            .Where(entry => entry.Value != join && !ownPolicies.Contains(entry.Key))
            .Where(entry => entry.Value.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || !Policies(entry.Value).SequenceEqual([AuthorizationPolicies.Scope(entry.Key.StartsWith("GET ", StringComparison.Ordinal) ? ApiScopes.SessionsRead : ApiScopes.SessionsWrite)]))
            .Select(entry => $"{entry.Key}: {string.Join(", ", Policies(entry.Value))}")
            .ToList();

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void The_session_hub_admits_only_participants_of_the_session_it_names()
    {
        var hubEndpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith(SessionHub.Path, StringComparison.Ordinal))
            .ToList();

        hubEndpoints.Select(endpoint => endpoint.RoutePattern.RawText).ShouldBe([SessionHub.Path, $"{SessionHub.Path}/negotiate"], ignoreOrder: true);
        hubEndpoints.ShouldAllBe(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() == null);
        hubEndpoints.ShouldAllBe(endpoint => Policies(endpoint).Contains(AuthorizationPolicies.SessionParticipant));
        typeof(SessionHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName && method.Name != nameof(SessionHub.OnDisconnectedAsync))
            .ShouldAllBe(method => method.GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>()
                .Any(authorize => authorize.Policy == AuthorizationPolicies.SessionParticipant));
    }

    [Fact]
    public void Every_hub_method_is_protected_or_explicitly_anonymous()
    {
        var hubs = typeof(Program).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Hub)) && !type.IsAbstract).ToList();

        var undecided = hubs
            .SelectMany(hub => hub.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(method => !method.IsSpecialName)
                .Where(method => !Decided(hub) && !Decided(method))
                .Select(method => $"{hub.Name}.{method.Name}"))
            .ToList();

        undecided.ShouldBeEmpty();
    }

    private static List<string?> Policies(Endpoint endpoint) => [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).Distinct()];

    private static bool Decided(System.Reflection.MemberInfo member) =>
        member.GetCustomAttributes(typeof(IAuthorizeData), inherit: true).Length > 0
        || member.GetCustomAttributes(typeof(IAllowAnonymous), inherit: true).Length > 0;

    // Static files, and in Development the static-web-assets fallback that serves them from the build output.
    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText == "{**path:file}"
        || endpoint.Metadata.Any(metadata => metadata.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal))
        || endpoint.DisplayName?.Contains("static asset", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsFramework(RouteEndpoint endpoint) =>
        FrameworkRoutes.Any(prefix => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith(prefix, StringComparison.Ordinal) == true);
}
