using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Domain.Exports.Packaging;

/// <summary>
/// The bundle's <c>LICENSE</c>: the version's licence by SPDX id and name, who holds the copyright, and where the full
/// legal text lives. The legal codes themselves are long and versioned by their stewards, so the file links to the
/// canonical text rather than carrying a copy that could drift.
/// </summary>
public static class LicenceNotice
{
    private static readonly Dictionary<string, (string Name, string Url)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CC-BY-4.0"] = ("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/legalcode"),
        ["CC-BY-SA-4.0"] = ("Creative Commons Attribution-ShareAlike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/legalcode"),
        ["CC0-1.0"] = ("Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
        ["ODC-By-1.0"] = ("Open Data Commons Attribution License v1.0", "https://opendatacommons.org/licenses/by/1-0/"),
        ["MIT"] = ("MIT License", "https://spdx.org/licenses/MIT.html"),
        ["Apache-2.0"] = ("Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
    };

    public const string FileName = "LICENSE";

    public static (string Name, string Url) Describe(string spdxId) =>
        Known.TryGetValue(spdxId, out var known) ? known : (spdxId, $"https://spdx.org/licenses/{Uri.EscapeDataString(spdxId)}.html");

    public static string Write(VersionRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var licence = release.Snapshot.Licence;
        var (name, url) = Describe(licence);
        var year = release.Released.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
        return new StringBuilder()
            .Append(release.Snapshot.Title).Append(", version ").Append(release.Version).Append('\n')
            .Append("Copyright ").Append(year).Append(' ').Append(string.Join(", ", release.Credited)).Append('\n')
            .Append('\n')
            .Append("This data set is licensed under the ").Append(name).Append(" (").Append(licence).Append(").\n")
            .Append("The full text of the licence: ").Append(url).Append('\n')
            .Append('\n')
            .Append("SPDX-License-Identifier: ").Append(licence).Append('\n')
            .ToString();
    }
}
