namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>Finds executables the way a shell would, plus the sbin folders that a non-login root PATH may lack.</summary>
internal static class ExecutableSearch
{
    private static readonly string[] SystemDirectories = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    /// <summary>Every match for <paramref name="name"/> on PATH, in PATH order.</summary>
    public static IEnumerable<string> OnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Path.IsPathFullyQualified(directory))
            {
                // A relative PATH entry would make the result depend on the working directory.
                continue;
            }

            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>A system tool (runuser, useradd, chown...) or a clear error naming what is missing.</summary>
    public static string RequireSystemTool(string name)
    {
        var found = OnPath(name).Concat(SystemDirectories.Select(d => Path.Combine(d, name))).FirstOrDefault(File.Exists);
        return found ?? throw new EmbeddedPostgresException(
            $"The embedded PostgreSQL launcher needs the `{name}` command, which was not found on PATH or in {string.Join(", ", SystemDirectories)}.");
    }

    /// <summary>Follows symlinks so that e.g. /usr/local/bin/initdb leads to the real PostgreSQL bin folder.</summary>
    public static string RealDirectoryOf(string executable)
    {
        var target = File.ResolveLinkTarget(executable, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(executable);
        return Path.GetDirectoryName(target) ?? target;
    }
}
