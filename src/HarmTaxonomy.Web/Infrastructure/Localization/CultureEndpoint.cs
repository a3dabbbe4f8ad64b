using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Localization;

namespace HarmTaxonomy.Web.Infrastructure.Localization;

/// <summary><c>GET /culture/set?culture=es&amp;redirectUri=/taxonomies</c>: remembers the UI language in the culture cookie.</summary>
public static class CultureEndpoint
{
    public const string Path = "/culture/set";

    public static string UrlFor(string culture, string returnTo) =>
        $"{Path}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(returnTo)}";

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? culture, string? redirectUri, HttpContext http) =>
        {
            if (!SupportedCultures.IsSupported(culture))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Unsupported culture",
                    detail: $"Choose one of: {string.Join(", ", SupportedCultures.Names)}.");
            }

            RememberCulture(http, culture!);

            // Only local paths: an open redirect here would let a link send people anywhere.
            return Results.LocalRedirect(LocalReturnUrl.OrHome(redirectUri));
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Writes the culture cookie that request localisation reads on the next request.</summary>
    public static void RememberCulture(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                HttpOnly = true,
            });
}
