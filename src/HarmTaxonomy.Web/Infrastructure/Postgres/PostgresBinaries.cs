namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>A PostgreSQL bin folder whose version has been checked.</summary>
internal sealed record PostgresBinaries(string Directory, int MajorVersion, string Version)
{
    /// <summary>15 is the oldest release the app is tested against (Debian 12's default).</summary>
    public const int MinimumMajorVersion = 15;

    public static readonly string[] RequiredExecutables = ["initdb", "pg_ctl", "postgres"];

    public string Initdb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public bool IsSupported => MajorVersion >= MinimumMajorVersion;

    public static bool HasRequiredExecutables(string directory) =>
        RequiredExecutables.All(name => File.Exists(Path.Combine(directory, name)));
}
