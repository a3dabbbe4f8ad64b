using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Infrastructure.Api;

/// <summary>A request body that was read, or the problem that says why it could not be.</summary>
public interface IJsonBody
{
    IResult? Problem { get; }
}

/// <summary>
/// A JSON request body bound by the API itself rather than by the framework, whose binding failures answer an empty
/// 400. Here a missing, malformed or mistyped body becomes a ProblemDetails that names the field, returned by
/// the API's endpoint filter (such as the taxonomy or session API's) before the handler runs.
/// </summary>
public sealed class JsonBody<T> : IJsonBody
    where T : class
{
    private readonly T? value;

    private JsonBody(T? value, IResult? problem)
    {
        this.value = value;
        Problem = problem;
    }

    /// <summary>The body; handlers only run when it was read, so this never throws there.</summary>
    public T Value => value ?? throw new InvalidOperationException("The body was refused; the API filter answers before the handler runs.");

    public IResult? Problem { get; }

#pragma warning disable CA1000 // Minimal APIs find a custom binder only as a static BindAsync on the bound type itself.
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
#pragma warning restore CA1000
    {
        var request = context.Request;
        // Bodies here are small; reading them whole tells a missing body from a malformed one whatever the headers say.
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException unreadable)
        {
            // Kestrel's size limit (each API sets its own) or a broken upload: its status, with a body that says why.
            return Refused(TypedResults.Problem(statusCode: unreadable.StatusCode, title: "The request body could not be read", detail: unreadable.Message));
        }

        if (buffer.Length == 0)
        {
            return Refused(MissingBody());
        }

        if (request.ContentType is not null && !request.HasJsonContentType())
        {
            return Refused(TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body must be JSON",
                detail: "Send the body as JSON with the header Content-Type: application/json."));
        }

        if (SyntaxProblem(buffer) is { } broken)
        {
            return Refused(broken);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            buffer.Position = 0;
            var body = await JsonSerializer.DeserializeAsync<T>(buffer, options, context.RequestAborted);
            return body is null ? Refused(MissingBody()) : new JsonBody<T>(body, null);
        }
        catch (JsonException mistyped)
        {
            return Refused(Mistyped(mistyped));
        }
    }

    private static JsonBody<T> Refused(IResult problem) => new(null, problem);

    private static ProblemHttpResult MissingBody() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "A JSON body is required",
        detail: "This request needs a JSON object as its body; docs/api.md shows each one.");

    /// <summary>Syntax first, so a broken text is reported as such and not as the field the reader stopped in.</summary>
    private static ValidationProblem? SyntaxProblem(MemoryStream buffer)
    {
        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            return null;
        }
        catch (JsonException malformed)
        {
            var detail = $"The body is not valid JSON (line {malformed.LineNumber + 1}, byte {malformed.BytePositionInLine + 1}).";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [detail] }, detail: detail, title: "The request body could not be read");
        }
    }

    private static ValidationProblem Mistyped(JsonException mistyped)
    {
        // The exception's own message names .NET types; the client needs the field in its own terms.
        var field = mistyped.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var detail = field is null
            ? "The body must be a JSON object with the fields docs/api.md lists."
            : $"'{field}' has a value of the wrong type or format.";
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field ?? "body"] = [detail] },
            detail: detail,
            title: "The request body could not be read");
    }
}
