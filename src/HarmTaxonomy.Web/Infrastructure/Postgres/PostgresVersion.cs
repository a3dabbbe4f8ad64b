using System.Globalization;
using System.Text.RegularExpressions;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>Parses the first line of `pg_ctl --version`, e.g. "pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)".</summary>
internal static partial class PostgresVersion
{
    public static bool TryParse(string versionOutput, out int major, out string version)
    {
        var match = VersionPattern().Match(versionOutput);
        if (!match.Success)
        {
            major = 0;
            version = string.Empty;
            return false;
        }

        version = match.Groups["version"].Value;
        major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    // Before 10 the major version had two parts (9.6); treating that as 9 is enough to reject it.
    [GeneratedRegex(@"\(PostgreSQL\)\s+(?<version>(?<major>\d+)(?:\.\d+)*\w*)")]
    private static partial Regex VersionPattern();
}
