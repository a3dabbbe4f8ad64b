using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.ApiClients.ManagingClients;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

/// <summary>
/// A tool calling the taxonomy API the way any HTTP client would: a confidential API client owned by a person with
/// a role, a client-credentials token, JSON bodies and If-Match headers.
/// </summary>
public sealed class TaxonomyApiCaller(HttpClient http, string token, Guid ownerId, string clientName)
{
    public const string Route = "/api/v1/taxonomies";

    public Guid OwnerId { get; } = ownerId;

    /// <summary>How the API records this caller as the actor of a change.</summary>
    public string ActorName { get; } = $"{clientName} (API client)";

    public HttpClient Http { get; } = http;

    /// <summary>A client owned by a new account with <paramref name="role"/>, holding <paramref name="scopes"/>.</summary>
    public static async Task<TaxonomyApiCaller> CreateAsync(WebApplicationFactory<Program> app, string role, params string[] scopes)
    {
        var owner = await TestAccounts.CreateAsync(app.Services, role);
        var name = $"{role} tool";
        var client = await TestAccounts.WithScopeAsync(app.Services, services => services.GetRequiredService<ApiClientRegistry>()
            .CreateAsync(new NewApiClient { Name = name, Scopes = [.. scopes] }, owner.Id, [Roles.Participant, role]));
        var http = app.CreateClient();
        var token = await TokenRequests.ClientCredentialsAsync(http, client.ClientId, client.Secret!);
        return new TaxonomyApiCaller(http, token, owner.Id, name);
    }

    public static Task<TaxonomyApiCaller> CuratorAsync(WebApplicationFactory<Program> app) =>
        CreateAsync(app, Roles.Curator, ApiScopes.TaxonomiesRead, ApiScopes.TaxonomiesWrite);

    public static Task<TaxonomyApiCaller> ResearcherAsync(WebApplicationFactory<Program> app) =>
        CreateAsync(app, Roles.Researcher, ApiScopes.TaxonomiesRead);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? ifMatch = null) => SendAsync(HttpMethod.Post, path, body, ifMatch);

    public Task<HttpResponseMessage> PutAsync(string path, object body, string? ifMatch = null) => SendAsync(HttpMethod.Put, path, body, ifMatch);

    public Task<HttpResponseMessage> DeleteAsync(string path, string? ifMatch = null) => SendAsync(HttpMethod.Delete, path, null, ifMatch);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = Request(method, path, ifMatch);
        request.Content = body is null ? null : JsonContent.Create(body);
        return await Http.SendAsync(request);
    }

    /// <summary>Sends <paramref name="text"/> as it is, for bodies no serializer would write.</summary>
    public async Task<HttpResponseMessage> SendTextAsync(HttpMethod method, string path, string text, string contentType = "application/json")
    {
        using var request = Request(method, path, null);
        request.Content = new StringContent(text, Encoding.UTF8, contentType);
        return await Http.SendAsync(request);
    }

    /// <summary>Creates a taxonomy in English and Spanish and returns its slug.</summary>
    public async Task<string> CreateTaxonomyAsync(string slugPrefix)
    {
        var slug = $"{slugPrefix}-{Guid.NewGuid():N}"[..Math.Min(60, slugPrefix.Length + 33)];
        var response = await PostAsync(Route, new { slug, title = $"Taxonomy {slugPrefix}", description = "", languages = new[] { "en", "es" } });
        response.EnsureSuccessStatusCode();
        return slug;
    }

    /// <summary>Adds a category and returns its id.</summary>
    public async Task<Guid> AddCategoryAsync(string slug, string label, Guid? parentId = null, string? notation = null)
    {
        var response = await PostAsync($"{Route}/{slug}/draft/categories", new { language = "en", label, definition = $"About {label}.", parentId, modalities = new[] { "text" }, notation });
        var body = await response.JsonAsync();
        response.EnsureSuccessStatusCode();
        return body.GetProperty("id").GetGuid();
    }

    public async Task<long> DraftVersionAsync(string slug) =>
        (await (await GetAsync($"{Route}/{slug}")).JsonAsync()).GetProperty("draftVersion").GetInt64();

    private HttpRequestMessage Request(HttpMethod method, string path, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}

/// <summary>Reading answers as the JSON they are.</summary>
public static class ApiResponses
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The ProblemDetails body, after checking it is one.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        return problem;
    }

    /// <summary>The messages a validation problem lists for <paramref name="field"/>.</summary>
    public static IReadOnlyList<string> ErrorsFor(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(message => message.GetString()!)]
            : [];

    public static string? ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString();
}
