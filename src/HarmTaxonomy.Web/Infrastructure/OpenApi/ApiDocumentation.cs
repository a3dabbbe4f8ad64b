namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// The one way an <c>/api/v1</c> endpoint describes itself for the OpenAPI document and the reference at
/// <c>/api/docs</c>: a summary and description, its body, its answers with examples, and the refusals it can give.
/// Security (scopes, 401 and 403) is read from the endpoint's authorization, and problem bodies are written by
/// <see cref="ExampleOperationTransformer"/>, so an endpoint only names what is its own:
/// <code>
/// group.MapGet("/{slug}", …)
///     .Documented("Read a taxonomy", "Its facts and releases; the ETag is the draft version.")
///     .Returns(TaxonomyExamples.Summary)
///     .Fails(404);
/// </code>
/// The integration tests fail for an endpoint under <c>/api/v1</c> without a summary or without an error example.
/// </summary>
public static class ApiDocumentation
{
    public const string Json = "application/json";

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder builder, string summary, string description) =>
        builder.WithSummary(summary).WithDescription(description);

    /// <summary>A JSON answer of the example's type (200 unless said otherwise), with the example as its body.</summary>
    public static RouteHandlerBuilder Returns<TBody>(this RouteHandlerBuilder builder, TBody example, int status = StatusCodes.Status200OK)
        where TBody : notnull =>
        builder.Produces<TBody>(status, Json).WithMetadata(new ResponseExample(status, Json, example));

    /// <summary>An answer in another format (CSV, a zip, Turtle…): its media type and, for text, an example.</summary>
    public static RouteHandlerBuilder ReturnsFile(this RouteHandlerBuilder builder, string contentType, string? example = null, int status = StatusCodes.Status200OK)
    {
        builder.Produces<string>(status, contentType);
        return example is null ? builder : builder.WithMetadata(new ResponseExample(status, contentType, example));
    }

    /// <summary>An answer without a body (204, 304).</summary>
    public static RouteHandlerBuilder ReturnsNothing(this RouteHandlerBuilder builder, int status = StatusCodes.Status204NoContent) =>
        builder.Produces(status);

    /// <summary>A JSON request body of the example's type, with the example shown beside its schema (documentation only).</summary>
    public static RouteHandlerBuilder Accepts<TBody>(this RouteHandlerBuilder builder, TBody example)
        where TBody : notnull =>
        builder.WithMetadata(new RequestExample(typeof(TBody), Json, example));

    /// <summary>A multipart/form-data upload of files (documentation only; the endpoint reads the form itself).</summary>
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RequestExample(typeof(IFormFileCollection), "multipart/form-data", null));

    /// <summary>Refusals the endpoint itself gives, as ProblemDetails (a 400 carries <c>errors</c> per field).</summary>
    public static RouteHandlerBuilder Fails(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Fails(status);
        }

        return builder;
    }

    /// <summary>One refusal with the field it names (for a 400) and the detail its example shows.</summary>
    public static RouteHandlerBuilder Fails(this RouteHandlerBuilder builder, int status, string? field = null, string? detail = null)
    {
        if (status == StatusCodes.Status400BadRequest)
        {
            builder.ProducesValidationProblem(status);
        }
        else
        {
            builder.ProducesProblem(status);
        }

        return builder.WithMetadata(new ProblemExample(status, field, detail));
    }

    /// <summary>For endpoints whose policy is not a plain scope policy: the scopes a token needs, as the document lists them.</summary>
    public static RouteHandlerBuilder NeedsScopes(this RouteHandlerBuilder builder, params string[] scopes) =>
        builder.WithMetadata(new DocumentedScopes(scopes));
}
