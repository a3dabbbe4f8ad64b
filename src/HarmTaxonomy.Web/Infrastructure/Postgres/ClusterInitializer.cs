using System.Runtime.Versioning;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>Runs initdb for a new cluster with a freshly generated superuser password.</summary>
[UnsupportedOSPlatform("windows")]
internal static class ClusterInitializer
{
    private static readonly TimeSpan InitdbTimeout = TimeSpan.FromMinutes(3);

    public static async Task InitializeAsync(ClusterLayout layout, PostgresBinaries binaries, ClusterOsUser osUser, CancellationToken ct)
    {
        PrepareEmptyDataDirectory(layout);

        var password = ClusterPassword.Generate();
        ClusterPassword.Save(layout, password);
        await osUser.TakeOwnershipAsync(layout.PasswordFile, ct);

        // initdb reads the password from a file so it never shows up in a process listing.
        var passwordFile = Path.Combine(layout.Root, $"initdb-pwfile-{Guid.NewGuid():N}");
        File.WriteAllText(layout.InitInProgressMarker, string.Empty);
        try
        {
            ClusterPassword.WriteOwnerOnlyFile(passwordFile, password);
            await osUser.TakeOwnershipAsync(passwordFile, ct);

            var result = await ProcessRunner.RunAsync(
                osUser.Command(
                    binaries.Initdb,
                    [
                        "--pgdata", layout.DataDirectory,
                        "--auth=scram-sha-256",
                        $"--username={EmbeddedPostgresCluster.SuperUser}",
                        $"--pwfile={passwordFile}",
                        "--encoding=UTF8",
                        "--locale=C.UTF-8",
                    ],
                    layout.Root),
                InitdbTimeout,
                ct);
            if (!result.Succeeded)
            {
                throw new EmbeddedPostgresException(
                    $"initdb failed for {layout.DataDirectory} (exit code {result.ExitCode}):{Environment.NewLine}" +
                    LogTail.LastLines(result.CombinedOutput));
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }

        File.Delete(layout.InitInProgressMarker);
    }

    /// <summary>
    /// initdb wants data/ missing or empty; letting it create data/ gives the folder the right owner
    /// and mode 0700. Leftovers are wiped only when our marker proves they come from an interrupted
    /// initdb: anything else might be someone's data and is refused instead.
    /// </summary>
    private static void PrepareEmptyDataDirectory(ClusterLayout layout)
    {
        var data = new DirectoryInfo(layout.DataDirectory);
        if (data.Exists && data.EnumerateFileSystemInfos().Any())
        {
            if (!File.Exists(layout.InitInProgressMarker))
            {
                throw new EmbeddedPostgresException(
                    $"{layout.DataDirectory} is not empty but holds no PostgreSQL cluster (no PG_VERSION). " +
                    "Move its contents away, or choose another folder with Postgres:Embedded:DataDirectory " +
                    "(env Postgres__Embedded__DataDirectory).");
            }

            data.Delete(recursive: true);
        }
    }
}
