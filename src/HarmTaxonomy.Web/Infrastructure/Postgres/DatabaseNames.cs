using System.Text.RegularExpressions;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// Database names the launcher accepts: lower-case identifiers that need no quoting rules beyond
/// double quotes, and that fit PostgreSQL's 63-byte name limit without silent truncation.
/// </summary>
internal static partial class DatabaseNames
{
    public static string Validate(string database, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(database, parameterName);
        return ValidName().IsMatch(database)
            ? database
            : throw new ArgumentException(
                $"'{database}' is not a valid database name for the embedded PostgreSQL cluster: use 1 to 63 of a-z, 0-9 and _.",
                parameterName);
    }

    [GeneratedRegex("^[a-z0-9_]{1,63}$")]
    private static partial Regex ValidName();
}
