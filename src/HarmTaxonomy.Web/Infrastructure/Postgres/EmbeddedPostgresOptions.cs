using System.Collections.ObjectModel;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// How to run the app's private PostgreSQL cluster when no connection string is configured.
/// Bound from the <c>Postgres:Embedded</c> configuration section.
/// </summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>Folder holding the whole cluster (data/, run/, password, postgres.log); null means <see cref="DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Folder containing initdb, pg_ctl and postgres; null means search for them.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>
    /// Folders to search instead of <c>/usr/lib/postgresql/*/bin</c>. Tests pass an empty list
    /// (with <see cref="SearchPath"/> off) to simulate a machine without PostgreSQL.
    /// </summary>
    public IReadOnlyList<string>? SearchDirectories { get; init; }

    /// <summary>Whether to look for initdb on PATH and ask pg_config for its bindir.</summary>
    public bool SearchPath { get; init; } = true;

    /// <summary>
    /// OS account that owns and runs the cluster when the app runs as root (PostgreSQL refuses to
    /// run as root). Ignored otherwise: the cluster then runs as the app's own user.
    /// </summary>
    public string OsUser { get; init; } = "postgres";

    /// <summary>Database created (if missing) after start and targeted by the cluster's connection string.</summary>
    public string DatabaseName { get; init; } = "harmtaxonomy";

    /// <summary>
    /// Extra server settings passed as <c>-c name=value</c> (tests turn durability off for speed).
    /// listen_addresses, port and unix_socket_directories are owned by the launcher and rejected here.
    /// </summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>How long pg_ctl may wait for the server to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// ~/.local/share/HarmTaxonomy/postgres (LocalApplicationData) for normal users. As root it is
    /// /var/lib/harmtaxonomy/postgres instead: the cluster then runs as <see cref="OsUser"/>, which
    /// cannot traverse root's home (/root is mode 700), so a cluster under it could never start.
    /// </summary>
    public static string DefaultDataDirectory { get; } = Environment.IsPrivilegedProcess
        ? "/var/lib/harmtaxonomy/postgres"
        : Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
            "HarmTaxonomy",
            "postgres");
}
