using System.Buffers;
using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>Where each part of an embedded cluster lives under its folder.</summary>
internal sealed class ClusterLayout
{
    // Unix socket paths are limited to 107 bytes (sun_path); ".s.PGSQL.65535" takes 15 of them.
    private const int MaxSocketDirectoryBytes = 107 - 15;

    // pg_ctl starts the server through `/bin/sh -c` with paths inside double quotes, and -k takes a
    // comma-separated list: these characters would be reinterpreted, so such folders are refused.
    private static readonly SearchValues<char> UnsafePathCharacters = SearchValues.Create("\"$`\\,\n\r");

    public ClusterLayout(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (Root.AsSpan().ContainsAny(UnsafePathCharacters))
        {
            throw new EmbeddedPostgresException(
                $"The embedded PostgreSQL folder {Root} contains a character pg_ctl cannot handle (one of \" $ ` \\ ,). " +
                "Choose another with Postgres:Embedded:DataDirectory (env Postgres__Embedded__DataDirectory).");
        }

        if (Encoding.UTF8.GetByteCount(RunDirectory) > MaxSocketDirectoryBytes)
        {
            throw new EmbeddedPostgresException(
                $"The embedded PostgreSQL folder {Root} is too long for a Unix socket path " +
                $"({MaxSocketDirectoryBytes} bytes at most for {RunDirectory}). " +
                "Choose a shorter one with Postgres:Embedded:DataDirectory (env Postgres__Embedded__DataDirectory).");
        }
    }

    public string Root { get; }

    /// <summary>PGDATA.</summary>
    public string DataDirectory => Path.Combine(Root, "data");

    /// <summary>Unix socket folder, so the server never needs /var/run/postgresql.</summary>
    public string RunDirectory => Path.Combine(Root, "run");

    public string PasswordFile => Path.Combine(Root, "password");

    public string LogFile => Path.Combine(Root, "postgres.log");

    /// <summary>Present while initdb runs; if found later, data/ is debris of an interrupted initdb and safe to wipe.</summary>
    public string InitInProgressMarker => Path.Combine(Root, "initdb.incomplete");

    public string VersionFile => Path.Combine(DataDirectory, "PG_VERSION");

    public string PostmasterPidFile => Path.Combine(DataDirectory, "postmaster.pid");

    /// <summary>
    /// initdb writes PG_VERSION early, so it alone does not prove a finished cluster; the marker
    /// tells an initdb that was killed or cancelled half-way.
    /// </summary>
    public bool IsInitialized => File.Exists(VersionFile) && !File.Exists(InitInProgressMarker);

    /// <summary>The major version that created the cluster, or null before initdb.</summary>
    public int? ReadClusterMajorVersion() =>
        IsInitialized && int.TryParse(File.ReadAllText(VersionFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? major
            : null;

    /// <summary>PID of the postmaster currently owning data/, or null when none is recorded.</summary>
    public int? ReadPostmasterPid()
    {
        try
        {
            using var reader = new StreamReader(new FileStream(PostmasterPidFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            return int.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
