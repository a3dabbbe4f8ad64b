using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// No usable PostgreSQL binaries were found for the embedded server. The message always spells out
/// the three ways forward, because whoever reads it is usually starting the app for the first time.
/// </summary>
public sealed class PostgresNotFoundException : Exception
{
    internal const string WaysOut =
        "To fix this, do one of: " +
        "install PostgreSQL 15 or newer (e.g. `apt-get install postgresql`) so the app can run its own private server; " +
        "set ConnectionStrings__Postgres to an existing PostgreSQL database; " +
        "or run `docker compose up` to start the app together with a PostgreSQL container.";

    public PostgresNotFoundException()
        : base("No PostgreSQL binaries (initdb, pg_ctl, postgres) were found. " + WaysOut)
    {
    }

    public PostgresNotFoundException(string message)
        : base(message)
    {
    }

    public PostgresNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static PostgresNotFoundException For(
        IReadOnlyCollection<string> searchedDirectories,
        IReadOnlyCollection<PostgresBinaries> tooOld)
    {
        var message = new StringBuilder("No PostgreSQL 15+ binaries (initdb, pg_ctl, postgres) were found");
        message.Append(searchedDirectories.Count == 0
            ? " (no folder was searched)."
            : $" in: {string.Join(", ", searchedDirectories)}.");

        foreach (var binaries in tooOld)
        {
            message.Append(CultureInfo.InvariantCulture, $" Skipped PostgreSQL {binaries.Version} in {binaries.Directory}: version {PostgresBinaries.MinimumMajorVersion} or newer is required.");
        }

        message.Append(' ').Append(WaysOut);
        return new PostgresNotFoundException(message.ToString());
    }
}
