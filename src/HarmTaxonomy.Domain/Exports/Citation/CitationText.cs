using System.Globalization;

namespace HarmTaxonomy.Domain.Exports.Citation;

/// <summary>The one-line reference people paste into a paper (APA style for a data set), shown in the README and the Markdown.</summary>
public static class CitationText
{
    public static string Of(VersionRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var authors = string.Join(", ", release.Credited);
        var year = release.Released.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
        var doi = release.Doi is { Length: > 0 } id ? $" https://doi.org/{id}" : "";
        return $"{authors} ({year}). {release.Snapshot.Title} (Version {release.Version}) [Data set]. {release.VersionUrl}{doi}";
    }

    /// <summary>The release day as ISO 8601 (UTC), the form CFF and BibTeX want.</summary>
    public static string Day(DateTimeOffset released) =>
        released.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
