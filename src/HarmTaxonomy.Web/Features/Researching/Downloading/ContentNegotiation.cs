using Microsoft.Net.Http.Headers;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// Picks a version format from an <c>Accept</c> header: the acceptable media type with the highest quality that a
/// format has (ties go to the order in the header); no header, or a wildcard, means the canonical JSON.
/// </summary>
public static class ContentNegotiation
{
    public static VersionFormat? Choose(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return VersionFormats.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        foreach (var range in ranges.Where(range => (range.Quality ?? 1) > 0).OrderByDescending(range => range.Quality ?? 1))
        {
            var type = range.MediaType.Value ?? "";
            if (type == "*/*" || type == "application/*")
            {
                return VersionFormats.Json;
            }

            var match = VersionFormats.All.FirstOrDefault(format =>
                string.Equals(format.MediaType, type, StringComparison.OrdinalIgnoreCase)
                || (type.EndsWith("/*", StringComparison.Ordinal) && format.MediaType.StartsWith(type[..^1], StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }
}
