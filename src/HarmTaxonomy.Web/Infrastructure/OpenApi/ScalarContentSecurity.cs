using HarmTaxonomy.Web.Infrastructure.Security;
using Scalar.AspNetCore;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// The reference page starts Scalar with one inline script that carries its configuration. The app's policy allows
/// no inline script, so this page alone also allows the script with the nonce Scalar drew for this response.
/// </summary>
public static class ScalarContentSecurity
{
    public static async ValueTask<object?> ApplyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (http.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string value)
        {
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy.Replace(
                "script-src 'self'", $"script-src 'self' 'nonce-{value}'", StringComparison.Ordinal);
        }

        return result;
    }
}
