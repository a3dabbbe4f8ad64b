namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// Headers every response carries: a content security policy, no MIME sniffing, no framing by other sites
/// (clickjacking), and no full URLs (which may hold a session's join code) leaked to other origins in the Referer header.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin, and no inline script at all: the page has none (App.razor deliberately renders no
    /// import map, since no JavaScript module is loaded through one). Inline styles stay allowed because MudBlazor sets
    /// them on elements and renders its theme as a style element. <c>connect-src 'self'</c> also covers the circuit's
    /// WebSocket to the same host and port (CSP Level 3; checked in Chromium by the browser tests). No
    /// <c>form-action</c>: Chromium applies it to the redirects after a form too, and signing in on the way through
    /// the OAuth authorization flow ends, by design, on the client application's own origin.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-ancestors 'none'; " +
        "object-src 'none'; " +
        "base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            await next(context);
        });
}
