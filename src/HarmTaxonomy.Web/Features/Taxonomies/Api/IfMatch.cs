using System.Globalization;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// The draft version a writer saw, sent back as <c>If-Match</c>, and the <c>ETag</c> that tells it the next one.
/// The tag is the draft version itself, so clients may also send it bare (<c>7</c>) or weak (<c>W/"7"</c>).
/// </summary>
public static class IfMatch
{
    /// <returns>False when the header is present but names no single draft version.</returns>
    public static bool TryRead(HttpRequest request, out long? expectedVersion)
    {
        expectedVersion = null;
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            return false;
        }

        var tag = values[0]?.Trim() ?? "";
        // "*" matches any current draft, which is what an unconditional write does anyway.
        if (tag == "*")
        {
            return true;
        }

        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        if (tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"')
        {
            tag = tag[1..^1];
        }

        if (long.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            expectedVersion = version;
            return true;
        }

        return false;
    }

    public static string ETagFor(long draftVersion) => $"\"{draftVersion.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpResponse response, long draftVersion) => response.Headers.ETag = ETagFor(draftVersion);

    public static void SetETag(HttpResponse response, string opaqueTag) => response.Headers.ETag = $"\"{opaqueTag}\"";
}
