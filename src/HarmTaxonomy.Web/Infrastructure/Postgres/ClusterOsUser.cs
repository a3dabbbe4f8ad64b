using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// The OS account the cluster runs as. PostgreSQL refuses to run as root, so a root app hands the
/// cluster to an unprivileged account (created if missing) and runs every PostgreSQL tool through
/// runuser; a normal app runs them as itself.
/// </summary>
internal sealed partial class ClusterOsUser
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private ClusterOsUser(string? switchToUser) => SwitchToUser = switchToUser;

    /// <summary>The account to run as, or null when tools run as the app's own user.</summary>
    public string? SwitchToUser { get; }

    public static ClusterOsUser ForCurrentProcess(string osUser)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new ClusterOsUser(null);
        }

        // Validated because it is handed to useradd/runuser, where a leading '-' would read as an option.
        if (!UserNamePattern().IsMatch(osUser))
        {
            throw new ArgumentException($"'{osUser}' is not a valid OS user name for the embedded PostgreSQL cluster.", nameof(osUser));
        }

        return new ClusterOsUser(osUser);
    }

    /// <summary>The command that runs <paramref name="executable"/> as the cluster user.</summary>
    public ProcessCommand Command(string executable, IReadOnlyList<string> arguments, string workingDirectory) =>
        SwitchToUser is null
            ? new ProcessCommand(executable, arguments, workingDirectory)
            : new ProcessCommand(ExecutableSearch.RequireSystemTool("runuser"), ["-u", SwitchToUser, "--", executable, .. arguments], workingDirectory);

    public async Task EnsureExistsAsync(ILogger logger, CancellationToken ct)
    {
        if (SwitchToUser is null || await ExistsAsync(SwitchToUser, ct))
        {
            return;
        }

        logger.CreatingOsUser(SwitchToUser);
        var useradd = ExecutableSearch.RequireSystemTool("useradd");
        var result = await ProcessRunner.RunAsync(
            new ProcessCommand(useradd, ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SwitchToUser]), ToolTimeout, ct);
        // Another process may have created it meanwhile; only a still-missing user is a failure.
        if (!result.Succeeded && !await ExistsAsync(SwitchToUser, ct))
        {
            throw new EmbeddedPostgresException(
                $"Could not create the OS user '{SwitchToUser}' that runs the embedded PostgreSQL server " +
                $"(useradd exit code {result.ExitCode}): {result.CombinedOutput}");
        }
    }

    /// <summary>Hands <paramref name="path"/> (recursively) to the cluster user; a no-op when not switching users.</summary>
    public async Task TakeOwnershipAsync(string path, CancellationToken ct)
    {
        if (SwitchToUser is null)
        {
            return;
        }

        var chown = ExecutableSearch.RequireSystemTool("chown");
        var result = await ProcessRunner.RunAsync(new ProcessCommand(chown, ["-R", $"{SwitchToUser}:", "--", path]), ToolTimeout, ct);
        if (!result.Succeeded)
        {
            throw new EmbeddedPostgresException(
                $"Could not give {path} to the OS user '{SwitchToUser}' (chown exit code {result.ExitCode}): {result.CombinedOutput}");
        }
    }

    /// <summary>
    /// Whether the cluster user can write <paramref name="directory"/>. Checked as that user because
    /// ownership is not enough: every parent folder must also be traversable by it.
    /// </summary>
    public async Task<bool> CanWriteAsync(string directory, CancellationToken ct)
    {
        var test = ExecutableSearch.RequireSystemTool("test");
        var result = await ProcessRunner.RunAsync(Command(test, ["-w", directory], "/"), ToolTimeout, ct);
        return result.Succeeded;
    }

    private static async Task<bool> ExistsAsync(string user, CancellationToken ct)
    {
        var id = ExecutableSearch.RequireSystemTool("id");
        var result = await ProcessRunner.RunAsync(new ProcessCommand(id, ["-u", user]), ToolTimeout, ct);
        return result.Succeeded;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial Regex UserNamePattern();
}
