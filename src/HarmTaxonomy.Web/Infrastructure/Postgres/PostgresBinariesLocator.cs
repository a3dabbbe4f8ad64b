using System.Globalization;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// Chooses the PostgreSQL bin folder: the configured one, else the first 15+ found on PATH, via
/// pg_config, then under /usr/lib/postgresql (newest first). An existing cluster's major version wins
/// over search order, because a data folder can only be opened by the major version that created it.
/// </summary>
internal static class PostgresBinariesLocator
{
    private const string DebianInstallRoot = "/usr/lib/postgresql";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    public static async Task<PostgresBinaries> LocateAsync(EmbeddedPostgresOptions options, int? clusterMajorVersion, CancellationToken ct)
    {
        if (options.BinDirectory is { } configured)
        {
            return await InspectConfiguredAsync(Path.GetFullPath(configured), ct);
        }

        var searched = new List<string>();
        var tooOld = new List<PostgresBinaries>();
        PostgresBinaries? firstSupported = null;
        foreach (var directory in await CandidateDirectoriesAsync(options, ct))
        {
            searched.Add(directory);
            if (!PostgresBinaries.HasRequiredExecutables(directory))
            {
                continue;
            }

            var binaries = await InspectAsync(directory, ct);
            if (!binaries.IsSupported)
            {
                tooOld.Add(binaries);
                continue;
            }

            if (clusterMajorVersion is null || binaries.MajorVersion == clusterMajorVersion)
            {
                return binaries;
            }

            firstSupported ??= binaries;
        }

        // The caller reports the version mismatch with the cluster; that message is more useful than "not found".
        return firstSupported ?? throw PostgresNotFoundException.For(searched, tooOld);
    }

    private static async Task<PostgresBinaries> InspectConfiguredAsync(string directory, CancellationToken ct)
    {
        var missing = PostgresBinaries.RequiredExecutables.Where(name => !File.Exists(Path.Combine(directory, name))).ToList();
        if (missing.Count > 0)
        {
            throw new EmbeddedPostgresException(
                $"The configured PostgreSQL bin folder {directory} lacks {string.Join(", ", missing)}. " +
                "Fix Postgres:Embedded:BinDirectory or remove it to let the app search. " + PostgresNotFoundException.WaysOut);
        }

        var binaries = await InspectAsync(directory, ct);
        return binaries.IsSupported
            ? binaries
            : throw new EmbeddedPostgresException(
                $"The configured PostgreSQL bin folder {directory} holds PostgreSQL {binaries.Version}; " +
                $"version {PostgresBinaries.MinimumMajorVersion} or newer is required.");
    }

    private static async Task<PostgresBinaries> InspectAsync(string directory, CancellationToken ct)
    {
        var pgCtl = Path.Combine(directory, "pg_ctl");
        var result = await ProcessRunner.RunAsync(new ProcessCommand(pgCtl, ["--version"]), ToolTimeout, ct);
        if (!result.Succeeded || !PostgresVersion.TryParse(result.StandardOutput, out var major, out var version))
        {
            throw new EmbeddedPostgresException(
                $"Could not read the PostgreSQL version from `{pgCtl} --version` (exit code {result.ExitCode}): {result.CombinedOutput}");
        }

        return new PostgresBinaries(directory, major, version);
    }

    private static async Task<IReadOnlyList<string>> CandidateDirectoriesAsync(EmbeddedPostgresOptions options, CancellationToken ct)
    {
        var candidates = new List<string>();
        if (options.SearchPath)
        {
            candidates.AddRange(ExecutableSearch.OnPath("initdb").Select(ExecutableSearch.RealDirectoryOf));
            foreach (var pgConfig in ExecutableSearch.OnPath("pg_config").Take(1))
            {
                if (await BinDirFromPgConfigAsync(pgConfig, ct) is { } bindir)
                {
                    candidates.Add(bindir);
                }
            }
        }

        candidates.AddRange(options.SearchDirectories ?? DebianBinDirectories());
        return candidates.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    private static async Task<string?> BinDirFromPgConfigAsync(string pgConfig, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(new ProcessCommand(pgConfig, ["--bindir"]), ToolTimeout, ct);
        var bindir = result.StandardOutput.Trim();
        // pg_config may come from a client-only package; a bad answer just means one less place to look.
        return result.Succeeded && Path.IsPathFullyQualified(bindir) ? bindir : null;
    }

    private static IEnumerable<string> DebianBinDirectories()
    {
        if (!Directory.Exists(DebianInstallRoot))
        {
            return [];
        }

        return Directory.EnumerateDirectories(DebianInstallRoot)
            .Select(directory => (directory, version: ParseFolderVersion(Path.GetFileName(directory))))
            .Where(entry => entry.version is not null)
            .OrderByDescending(entry => entry.version)
            .Select(entry => Path.Combine(entry.directory, "bin"));
    }

    private static Version? ParseFolderVersion(string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? new Version(major, 0)
            : Version.TryParse(name, out var version) ? version : null;
}
