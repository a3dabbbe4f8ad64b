using System.Net;
using System.Text.RegularExpressions;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.OpenApi;

public sealed partial class ApiReferenceTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    [Fact]
    public async Task The_document_is_valid_OpenAPI_served_without_a_token()
    {
        var (document, diagnostic) = await LoadAsync();

        diagnostic.Errors.ShouldBeEmpty(string.Join("; ", diagnostic.Errors.Select(error => $"{error.Pointer}: {error.Message}")));
        document.Info.Title.ShouldBe("HarmTaxonomy API");
        document.Components!.SecuritySchemes!.Keys.ShouldBe([ApiSecuritySchemes.OAuth2, ApiSecuritySchemes.Bearer, ApiSecuritySchemes.Participant], ignoreOrder: true);
        var flow = document.Components.SecuritySchemes[ApiSecuritySchemes.OAuth2].Flows!.ClientCredentials!;
        flow.TokenUrl!.OriginalString.ShouldBe("/connect/token");
        flow.Scopes!.Keys.ShouldBe(["taxonomies.read", "taxonomies.write", "sessions.read", "sessions.write", "admin"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_document_lists_every_api_route_the_app_maps_and_nothing_else()
    {
        var (document, _) = await LoadAsync();
        var documented = document.Paths.SelectMany(path => path.Value.Operations!.Keys.Select(method => $"{method.Method.ToUpperInvariant()} {path.Key}")).ToHashSet();

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {PathOf(endpoint.RoutePattern.RawText!)}"))
            .ToHashSet();

        mapped.Count.ShouldBeGreaterThan(30);
        mapped.Except(documented).ShouldBeEmpty("mapped under /api/v1 but missing from /openapi/v1.json");
        documented.Except(mapped).ShouldBeEmpty("documented but not an /api/v1 route");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_examples_of_its_answers_and_errors()
    {
        var (document, _) = await LoadAsync();

        var gaps = document.Paths
            .SelectMany(path => path.Value.Operations!.Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value)))
            .SelectMany(operation => GapsOf(operation.Operation).Select(gap => $"{operation.Name}: {gap}"))
            .ToList();

        gaps.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_validation_error_example_carries_errors_per_field()
    {
        var (document, _) = await LoadAsync();

        var search = document.Paths["/api/v1/search"].Operations![HttpMethod.Get];
        var example = search.Responses!["400"].Content!["application/problem+json"].Example!;
        example["status"]!.GetValue<int>().ShouldBe(400);
        example["errors"]!["q"]!.AsArray().Count.ShouldBe(1);
        (search.Security ?? []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Secured_operations_name_their_scope_and_their_401_and_403()
    {
        var (document, _) = await LoadAsync();

        var create = document.Paths["/api/v1/taxonomies"].Operations![HttpMethod.Post];
        create.Security!.ShouldContain(requirement => requirement.Any(scheme => scheme.Key.Reference.Id == ApiSecuritySchemes.OAuth2 && scheme.Value.SequenceEqual(new[] { "taxonomies.write" })));
        create.Responses!.Keys.ShouldContain("401");
        create.Responses.Keys.ShouldContain("403");
        create.Responses["401"].Content!["application/problem+json"].Example!["title"]!.GetValue<string>().ShouldBe("An access token is needed");
        var body = create.RequestBody!.Content!["application/json"];
        body.Schema.ShouldNotBeNull();
        body.Example!["languages"]!.AsArray().Count.ShouldBe(2);

        var me = document.Paths["/api/v1/sessions/{sessionId}/participants/me"].Operations![HttpMethod.Get];
        me.Security!.ShouldContain(requirement => requirement.Any(scheme => scheme.Key.Reference.Id == ApiSecuritySchemes.Participant));
    }

    [Fact]
    public async Task The_reference_page_is_public_and_loads_its_script_from_the_app()
    {
        using var http = app.CreateClient();

        using var response = await http.GetAsync(ApiReference.PagePath);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        ScriptSources().Matches(html).Select(match => match.Groups["src"].Value).ShouldAllBe(source => !source.Contains("://", StringComparison.Ordinal));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("script-src 'self' 'nonce-");
        policy.ShouldNotContain("unsafe-eval");
    }

    private static IEnumerable<string> GapsOf(OpenApiOperation operation)
    {
        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            yield return "no summary";
        }

        var responses = operation.Responses ?? [];
        if (!responses.Any(response => response.Key.StartsWith('4') && HasExample(response.Value)))
        {
            yield return "no example error body";
        }

        // A zip has no example to show; every JSON or text answer does.
        if (!responses.Any(response => response.Key.StartsWith('2') && (response.Value.Content is not { Count: > 0 } || HasExample(response.Value) || IsBinary(response.Value))))
        {
            yield return "no example of its answer";
        }
    }

    private static bool HasExample(IOpenApiResponse response) => response.Content?.Values.Any(media => media.Example is not null) == true;

    private static bool IsBinary(IOpenApiResponse response) =>
        response.Content!.Keys.All(media => !media.Contains("json", StringComparison.Ordinal) && !media.StartsWith("text/", StringComparison.Ordinal));

    private static string PathOf(string rawText) =>
        "/" + Constraint().Replace(rawText.Trim('/'), "{$1}").TrimEnd('/');

    private async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> LoadAsync()
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(ApiReference.DocumentPath);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var (document, diagnostic) = await OpenApiDocument.LoadAsync(stream, OpenApiConstants.Json, new OpenApiReaderSettings());
        return (document!, diagnostic!);
    }

    // {sessionId:guid} and {**rest} as the document writes them: {sessionId}, {rest}.
    [GeneratedRegex(@"\{\**([A-Za-z]+)(:[^}]+)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSources();
}
