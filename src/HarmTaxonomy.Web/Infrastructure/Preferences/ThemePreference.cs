using Microsoft.JSInterop;

namespace HarmTaxonomy.Web.Infrastructure.Preferences;

/// <summary>
/// Light or dark, remembered in a cookie (not local storage) so the server's first render already uses it
/// and the page never flashes the wrong theme.
/// </summary>
public sealed class ThemePreference(IJSRuntime js)
{
    public const string CookieName = "ht-theme";

    public const string CascadingName = "InitialDarkMode";

    public static bool IsDark(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && value == "dark";

    public async Task RememberAsync(bool dark) =>
        await js.InvokeVoidAsync("harmTaxonomy.rememberPreference", CookieName, dark ? "dark" : "light");
}
