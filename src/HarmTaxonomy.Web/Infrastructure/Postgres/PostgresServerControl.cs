using System.Globalization;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>pg_ctl for one cluster: status, start and stop, always as the cluster's OS user.</summary>
internal sealed class PostgresServerControl(PostgresBinaries binaries, ClusterLayout layout, ClusterOsUser osUser)
{
    // pg_ctl's own documented exit codes for `status`.
    private const int StatusRunning = 0;

    private static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(60);

    // Margin over pg_ctl's own -t so that pg_ctl reports the timeout, not our process runner.
    private static readonly TimeSpan ToolMargin = TimeSpan.FromSeconds(30);

    public async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        var result = await RunAsync(["status", "-D", layout.DataDirectory], StatusTimeout, ct);
        return result.ExitCode == StatusRunning;
    }

    public Task<ProcessResult> StartAsync(int port, IReadOnlyDictionary<string, string> settings, TimeSpan timeout, CancellationToken ct)
    {
        var serverArguments = new List<string>
        {
            "-c", "listen_addresses=127.0.0.1",
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "-k", layout.RunDirectory,
        };
        foreach (var (name, value) in settings)
        {
            serverArguments.AddRange(["-c", $"{name}={value}"]);
        }

        var seconds = ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return RunAsync(
            ["start", "-w", "-t", seconds, "-D", layout.DataDirectory, "-l", layout.LogFile, "-o", ShellQuoting.Join(serverArguments)],
            timeout + ToolMargin,
            ct);
    }

    /// <summary>
    /// Fast shutdown (disconnects clients, no crash recovery needed next time); if that does not
    /// finish in time, immediate shutdown so that the app's own shutdown never hangs on us.
    /// </summary>
    public async Task StopAsync(CancellationToken ct)
    {
        var fast = await StopAsync("fast", ct);
        if (fast.Succeeded || layout.ReadPostmasterPid() is null)
        {
            return;
        }

        var immediate = await StopAsync("immediate", ct);
        if (!immediate.Succeeded && layout.ReadPostmasterPid() is not null)
        {
            throw new EmbeddedPostgresException(
                $"Could not stop the PostgreSQL server of {layout.DataDirectory} (pg_ctl exit code {immediate.ExitCode}): " +
                $"{immediate.CombinedOutput}{Environment.NewLine}Last lines of {layout.LogFile}:{Environment.NewLine}{LogTail.ReadFile(layout.LogFile)}");
        }
    }

    private Task<ProcessResult> StopAsync(string mode, CancellationToken ct)
    {
        var seconds = ((int)StopWait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return RunAsync(["stop", "-m", mode, "-w", "-t", seconds, "-D", layout.DataDirectory], StopWait + ToolMargin, ct);
    }

    private Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct) =>
        ProcessRunner.RunAsync(osUser.Command(binaries.PgCtl, arguments, layout.Root), timeout, ct);
}
