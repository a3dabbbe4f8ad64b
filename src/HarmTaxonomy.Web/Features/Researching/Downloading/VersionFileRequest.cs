using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// Reads the last segment of <c>/versions/{version}.{ext}</c>: a version number, optionally followed by a format's
/// extension. A version has dots itself, so the extension is whatever follows a valid version number.
/// </summary>
public sealed record VersionFileRequest(string Version, string? Extension)
{
    public static VersionFileRequest Parse(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (SemanticVersion.TryParse(segment, out _))
        {
            return new VersionFileRequest(segment, null);
        }

        // 1.2.0.json → version 1.2.0, extension json; 1.2.0.tar.gz → version 1.2.0, extension tar.gz (refused later).
        var parts = segment.Split('.');
        for (var cut = parts.Length - 1; cut >= 1; cut--)
        {
            var version = string.Join('.', parts[..cut]);
            if (SemanticVersion.TryParse(version, out _))
            {
                return new VersionFileRequest(version, string.Join('.', parts[cut..]));
            }
        }

        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new VersionFileRequest(segment, null) : new VersionFileRequest(segment[..dot], segment[(dot + 1)..]);
    }
}
