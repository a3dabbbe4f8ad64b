namespace HarmTaxonomy.Web.Components.Markdown;

/// <summary>
/// Decides which URLs from user Markdown may reach an href or src. An allow-list of schemes, because a deny-list
/// (javascript:, data:, vbscript:, ...) always misses the next one.
/// </summary>
internal static class SafeUrl
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];
    private static readonly string[] ImageSchemes = ["http", "https"];
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, ' ' + 1).Select(code => (char)code)];

    /// <summary>http, https, mailto, or a relative or fragment URL (no scheme at all).</summary>
    public static bool IsSafeLink(string? url) => Scheme(url) is not { } scheme || IsOneOf(scheme, LinkSchemes);

    /// <summary>Only absolute http or https: see <see cref="SafeMarkdown"/> for why relative sources are refused.</summary>
    public static bool IsSafeImage(string? url) => Scheme(url) is { } scheme && IsOneOf(scheme, ImageSchemes);

    /// <summary>
    /// The scheme as a browser would read it, "" when something before the first colon is not a valid scheme, or null
    /// when the URL is relative. Browsers drop leading and trailing control characters and spaces and ignore tabs and
    /// line breaks anywhere, so "\tjava&#10;script:" is still javascript: to them and must be to us too.
    /// </summary>
    private static string? Scheme(string? url)
    {
        var cleaned = string.Concat((url ?? "").Where(c => c is not ('\t' or '\n' or '\r'))).TrimStart(ControlsAndSpace);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        var pathStart = cleaned.IndexOfAny(['/', '?', '#', '\\']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return null;
        }

        var scheme = cleaned[..colon];
        // Anything odd before the colon (a space, a non-ASCII look-alike, a stray control character) is refused
        // rather than guessed at: it costs a writer nothing and no browser quirk can turn it into a scheme we allow.
        return scheme.Length > 0 && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme
            : "";
    }

    private static bool IsOneOf(string scheme, string[] allowed) =>
        allowed.Any(candidate => string.Equals(candidate, scheme, StringComparison.OrdinalIgnoreCase));
}
