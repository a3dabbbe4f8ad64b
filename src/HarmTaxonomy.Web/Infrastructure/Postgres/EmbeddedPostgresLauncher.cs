using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>The start sequence: find binaries, prepare the folder, initdb once, start, create the app database.</summary>
[UnsupportedOSPlatform("windows")]
internal static class EmbeddedPostgresLauncher
{
    private const int MaxStartAttempts = 3;

    // The server appends to postgres.log forever (no logging_collector); keep one previous generation.
    private const long LogRotationBytes = 10 * 1024 * 1024;

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <param name="pickPort">Supplies a candidate port per start attempt; tests use it to provoke a port clash.</param>
    public static async Task<EmbeddedPostgresCluster> LaunchAsync(
        EmbeddedPostgresOptions options, ILogger logger, Func<int> pickPort, CancellationToken ct)
    {
        EmbeddedPostgresOptionsValidator.Validate(options);
        var stopwatch = Stopwatch.StartNew();
        var layout = new ClusterLayout(options.DataDirectory ?? EmbeddedPostgresOptions.DefaultDataDirectory);
        var clusterMajorVersion = layout.ReadClusterMajorVersion();
        var binaries = await PostgresBinariesLocator.LocateAsync(options, clusterMajorVersion, ct);
        EnsureBinariesCanOpenCluster(layout, clusterMajorVersion, binaries);

        var osUser = ClusterOsUser.ForCurrentProcess(options.OsUser);
        await PrepareFolderAsync(layout, osUser, logger, ct);

        var wasInitialized = !layout.IsInitialized;
        if (wasInitialized)
        {
            await ClusterInitializer.InitializeAsync(layout, binaries, osUser, ct);
            logger.ClusterInitialized(layout.Root);
        }

        var password = ClusterPassword.Read(layout);
        var control = new PostgresServerControl(binaries, layout, osUser);
        if (await control.IsRunningAsync(ct))
        {
            logger.StoppingLeftoverServer(layout.Root);
            await control.StopAsync(ct);
        }

        RotateLogIfLarge(layout);
        try
        {
            var port = await StartServerAsync(control, layout, binaries, options, pickPort, logger, ct);
            var cluster = new EmbeddedPostgresCluster(
                layout, binaries, control, port, password, layout.ReadPostmasterPid(), wasInitialized, options.DatabaseName, logger);
            await cluster.CreateDatabaseAsync(options.DatabaseName, ct);
            logger.ServerStarted(binaries.Version, port, layout.Root, stopwatch.ElapsedMilliseconds);
            return cluster;
        }
        catch
        {
            // Whatever failed after pg_ctl start (its timeout, cancellation, CREATE DATABASE),
            // no server may outlive a launch that the caller sees as failed.
            await StopQuietlyAfterFailedStartAsync(control, layout, logger);
            throw;
        }
    }

    private static void EnsureBinariesCanOpenCluster(ClusterLayout layout, int? clusterMajorVersion, PostgresBinaries binaries)
    {
        if (clusterMajorVersion is { } major && major != binaries.MajorVersion)
        {
            throw new EmbeddedPostgresException(
                $"The embedded PostgreSQL cluster in {layout.Root} was created by PostgreSQL {major}, but the binaries found " +
                $"are PostgreSQL {binaries.Version} ({binaries.Directory}), which cannot open it. Install PostgreSQL {major} " +
                "and point Postgres:Embedded:BinDirectory at its bin folder, upgrade the cluster with pg_upgrade, " +
                $"or move {layout.Root} away to start with a new, empty cluster.");
        }
    }

    private static async Task PrepareFolderAsync(ClusterLayout layout, ClusterOsUser osUser, ILogger logger, CancellationToken ct)
    {
        try
        {
            // Parents get default permissions: the cluster user must be able to traverse them.
            Directory.CreateDirectory(Path.GetDirectoryName(layout.Root) ?? layout.Root);
            Directory.CreateDirectory(layout.Root, OwnerOnlyDirectory);
            Directory.CreateDirectory(layout.RunDirectory, OwnerOnlyDirectory);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new EmbeddedPostgresException(
                $"Cannot create the embedded PostgreSQL folder {layout.Root}: {ex.Message} " +
                "Choose another with Postgres:Embedded:DataDirectory (env Postgres__Embedded__DataDirectory).", ex);
        }

        await osUser.EnsureExistsAsync(logger, ct);
        await osUser.TakeOwnershipAsync(layout.Root, ct);
        if (!await osUser.CanWriteAsync(layout.Root, ct))
        {
            var who = osUser.SwitchToUser is { } user
                ? $"The OS user '{user}' that runs the embedded PostgreSQL server cannot reach {layout.Root} " +
                  "(a parent folder is not traversable by it, as with anything under /root)"
                : $"This process cannot write to the embedded PostgreSQL folder {layout.Root}";
            throw new EmbeddedPostgresException(
                $"{who}. Choose another folder with Postgres:Embedded:DataDirectory (env Postgres__Embedded__DataDirectory).");
        }
    }

    private static async Task<int> StartServerAsync(
        PostgresServerControl control,
        ClusterLayout layout,
        PostgresBinaries binaries,
        EmbeddedPostgresOptions options,
        Func<int> pickPort,
        ILogger logger,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = pickPort();
            var result = await control.StartAsync(port, options.ServerSettings, options.StartTimeout, ct);
            if (result.Succeeded)
            {
                return port;
            }

            // Checking the port rather than the log keeps this independent of the server's message language.
            if (attempt < MaxStartAttempts && !await control.IsRunningAsync(ct) && LoopbackPort.IsInUse(port))
            {
                logger.PortTaken(port);
                continue;
            }

            throw new EmbeddedPostgresException(
                $"PostgreSQL {binaries.Version} did not start from {layout.DataDirectory} (pg_ctl exit code {result.ExitCode}): " +
                $"{result.CombinedOutput}{Environment.NewLine}Last lines of {layout.LogFile}:{Environment.NewLine}{LogTail.ReadFile(layout.LogFile)}");
        }
    }

    private static async Task StopQuietlyAfterFailedStartAsync(PostgresServerControl control, ClusterLayout layout, ILogger logger)
    {
        try
        {
            if (await control.IsRunningAsync(CancellationToken.None))
            {
                await control.StopAsync(CancellationToken.None);
            }
        }
        catch (EmbeddedPostgresException ex)
        {
            // The original failure is what the caller needs to see; this one is only worth a log line.
            logger.StopAfterFailedStartFailed(ex, layout.Root);
        }
    }

    private static void RotateLogIfLarge(ClusterLayout layout)
    {
        var log = new FileInfo(layout.LogFile);
        if (log.Exists && log.Length > LogRotationBytes)
        {
            log.MoveTo(layout.LogFile + ".1", overwrite: true);
        }
    }
}
