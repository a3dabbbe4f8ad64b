namespace HarmTaxonomy.Web.Infrastructure.Api;

/// <summary>
/// Answers a request whose <see cref="JsonBody{T}"/> could not be read with that body's problem, before the handler
/// runs, so every API's handlers describe only the path where the body is there and well-formed.
/// </summary>
public sealed class JsonBodyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is IJsonBody { Problem: { } problem })
            {
                return ValueTask.FromResult<object?>(problem);
            }
        }

        return next(context);
    }
}
