using System.ComponentModel;
using System.Diagnostics;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// Runs a tool to completion and captures its output. Every call has a timeout because a hung
/// initdb or pg_ctl must surface as an error at startup rather than as an app that never comes up.
/// </summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan KillGracePeriod = TimeSpan.FromSeconds(5);

    public static async Task<ProcessResult> RunAsync(ProcessCommand command, TimeSpan timeout, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory ?? string.Empty,
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new EmbeddedPostgresException($"Could not run `{command}`: {ex.Message}", ex);
        }

        // Nothing we run should ever prompt; a closed stdin makes a prompt fail instead of hang.
        process.StandardInput.Close();

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeoutCts.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeoutCts.Token);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token);
            // Awaited under the same token: a daemon that inherited our pipes would otherwise block us forever.
            return new ProcessResult(process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            KillQuietly(process);
            // Bounded: after SIGKILL this is immediate, but a stuck kernel must not hang shutdown.
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(KillGracePeriod, CancellationToken.None)
                .ContinueWith(static _ => { }, TaskScheduler.Default);
            await Task.WhenAll(stdout, stderr).ContinueWith(static _ => { }, TaskScheduler.Default);
            ct.ThrowIfCancellationRequested();
            throw new EmbeddedPostgresException(
                $"`{command}` did not finish within {timeout.TotalSeconds:0} s and was killed.");
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
        catch (Win32Exception)
        {
            // Not ours to kill any more (e.g. runuser's child changed owner); nothing more we can do.
        }
    }
}
