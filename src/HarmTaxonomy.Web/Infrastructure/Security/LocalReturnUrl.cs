using System.Diagnostics.CodeAnalysis;

namespace HarmTaxonomy.Web.Infrastructure.Security;

/// <summary>
/// Where to go after signing in or registering. Only paths on this site: a return URL that could point elsewhere
/// would let a crafted link send someone to a look-alike site straight after they typed their password.
/// </summary>
public static class LocalReturnUrl
{
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url : "/";
}
