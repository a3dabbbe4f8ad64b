using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// Turns what <see cref="ApiDocumentation"/> put on an endpoint into the document: examples of its bodies written
/// with the API's own JSON settings (camelCase, enums as words), ProblemDetails examples for its refusals, and, from
/// its authorization, the security requirement with its scopes plus the 401 and 403 every secured call can get.
/// </summary>
public sealed class ExampleOperationTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var json = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        operation.Responses ??= [];

        foreach (var example in metadata.OfType<ResponseExample>())
        {
            var media = MediaOf(operation, example.Status, example.ContentType);
            media.Example = example.Example is string text ? JsonValue.Create(text) : JsonSerializer.SerializeToNode(example.Example, json);
        }

        if (metadata.OfType<RequestExample>().LastOrDefault() is { } request)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [request.ContentType] = new()
                    {
                        Schema = request.Example is null ? Upload() : await context.GetOrCreateSchemaAsync(request.BodyType, null, cancellationToken),
                        Example = request.Example is null ? null : JsonSerializer.SerializeToNode(request.Example, json),
                    },
                },
            };
        }

        var security = SecurityNeeds.Of(metadata);
        var problems = metadata.OfType<ProblemExample>().ToList();
        if (!security.Anonymous)
        {
            AddRequirement(operation, context.Document, security);
            problems.Add(new ProblemExample(StatusCodes.Status401Unauthorized));
            problems.Add(new ProblemExample(StatusCodes.Status403Forbidden));
        }

        foreach (var problem in problems.DistinctBy(problem => problem.Status))
        {
            var media = MediaOf(operation, problem.Status, ProblemJson);
            media.Example = ProblemExamples.For(problem);
        }
    }

    /// <summary>Files in fields of any name, as the upload endpoints read them.</summary>
    private static OpenApiSchema Upload() => new()
    {
        Type = JsonSchemaType.Object,
        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
    };

    private static OpenApiMediaType MediaOf(OpenApiOperation operation, int status, string contentType)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses!.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
        {
            response = new OpenApiResponse { Description = ProblemExamples.Title(status) };
            operation.Responses[key] = response;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        if (!response.Content.TryGetValue(contentType, out var media))
        {
            media = new OpenApiMediaType();
            response.Content[contentType] = media;
        }

        return media;
    }

    private static void AddRequirement(OpenApiOperation operation, OpenApiDocument? document, SecurityNeeds security)
    {
        operation.Security ??= [];
        if (security.Participant)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiSecuritySchemes.Participant, document)] = [] });
            return;
        }

        // Either scheme carries the same token: the OAuth 2 flow gets one in the reference, the bearer takes one pasted.
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiSecuritySchemes.OAuth2, document)] = [.. security.Scopes] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiSecuritySchemes.Bearer, document)] = [.. security.Scopes] });
        var needs = security.Scopes.Count == 0 ? "Needs any access token." : $"Needs a token with the scope {string.Join(" or ", security.Scopes.Select(scope => $"`{scope}`"))}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : $"{operation.Description}\n\n{needs}";
    }
}
