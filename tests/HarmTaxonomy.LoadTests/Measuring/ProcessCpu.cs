using System.Globalization;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>
/// CPU seconds a process has used, from <c>/proc/PID/stat</c> (in clock ticks of 1/100 s, Linux's USER_HZ). With its
/// children: PostgreSQL serves each connection from a child of the postmaster, so the database's CPU is the postmaster's
/// own, its reaped children's (cutime, cstime) and its live children's.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100;

    public static double Seconds(int pid, bool withChildren = false)
    {
        if (ReadStat(pid) is not { } own)
        {
            return 0;
        }

        var ticks = own.UserTicks + own.SystemTicks;
        if (withChildren)
        {
            ticks += own.ReapedChildrenTicks;
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var child)
                    && ReadStat(child) is { } stat && stat.ParentPid == pid)
                {
                    ticks += stat.UserTicks + stat.SystemTicks;
                }
            }
        }

        return ticks / TicksPerSecond;
    }

    private static Stat? ReadStat(int pid)
    {
        try
        {
            // Fields after the command name (which may hold spaces, hence the last ')'): state is the 1st, ppid the 2nd,
            // utime, stime, cutime and cstime the 12th to 15th.
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return new Stat((int)Field(1), Field(11), Field(12), Field(13) + Field(14));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Stat(int ParentPid, long UserTicks, long SystemTicks, long ReapedChildrenTicks);
}
