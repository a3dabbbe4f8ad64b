namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>
/// POSIX shell quoting. Needed for exactly one thing: pg_ctl pastes its -o value into a
/// `/bin/sh -c` command line, so everything inside it must survive a shell.
/// </summary>
internal static class ShellQuoting
{
    public static string Quote(string argument) => "'" + argument.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    public static string Join(IEnumerable<string> arguments) => string.Join(' ', arguments.Select(Quote));
}
