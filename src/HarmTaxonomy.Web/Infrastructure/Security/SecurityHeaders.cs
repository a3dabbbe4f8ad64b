namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing by other sites (clickjacking), and no full URLs
/// (which may hold a session's join code) leaked to other origins in the Referer header.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Content-Security-Policy"] = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
            await next(context);
        });
}
