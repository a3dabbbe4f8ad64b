namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>The refusals of the research endpoints, each naming what does exist so the caller can correct the request.</summary>
public static class VersionProblems
{
    public static IResult UnknownVersion(string slug, string version, IEnumerable<string> versions)
    {
        var existing = versions.ToList();
        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Version not found",
            detail: $"{slug} has no published version '{version}'. Versions: {(existing.Count == 0 ? "none published yet" : string.Join(", ", existing))}.",
            extensions: new Dictionary<string, object?> { ["versions"] = existing });
    }

    public static IResult NotAcceptable(string? extension) => TypedResults.Problem(
        statusCode: StatusCodes.Status406NotAcceptable,
        title: "Format not supported",
        detail: extension is null
            ? $"None of the media types in Accept is offered. Supported: {VersionFormats.Supported}."
            : $"'.{extension}' is not a format of a version. Supported: {VersionFormats.Supported}.",
        extensions: new Dictionary<string, object?>
        {
            ["supported"] = VersionFormats.All.Select(format => new { extension = format.Extension, mediaType = format.MediaType }).ToList(),
        });
}
