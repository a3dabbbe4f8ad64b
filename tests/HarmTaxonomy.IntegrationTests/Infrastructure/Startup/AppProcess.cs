using System.Diagnostics;
using System.Text;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Startup;

/// <summary>Runs the built app as its own process, the way an operator starts it, and collects what it prints.</summary>
internal static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output)
    {
        public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<Outcome> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
        };
        start.ArgumentList.Add(WebAssemblyPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not exit within 90 s. Output so far:\n{await stdout}{await stderr}");
        }

        output.Append(await stdout).Append(await stderr);
        return new Outcome(process.ExitCode, output.ToString());
    }

    private static string WebAssemblyPath()
    {
        // The app's own build output (with its runtimeconfig and static assets manifest), not the copy beside the tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "HarmTaxonomy.Web", "bin", configuration, "net10.0", "HarmTaxonomy.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The built HarmTaxonomy.Web.dll was not found above the test folder.");
    }
}
