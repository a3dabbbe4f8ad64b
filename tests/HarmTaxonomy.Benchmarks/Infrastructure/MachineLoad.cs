namespace HarmTaxonomy.Benchmarks.Infrastructure;

/// <summary>
/// Writes the load average into the benchmark log: on a small shared machine anything else running competes for the
/// same cores as the app and PostgreSQL, and a figure means little without knowing how busy the machine was.
/// </summary>
public static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    public static void Report(string moment)
    {
        if (File.Exists(LoadAverageFile))
        {
            var averages = File.ReadAllText(LoadAverageFile).Split(' ');
            Console.WriteLine($"// Load average {moment}: {averages[0]} (1 min), {averages[1]} (5 min) on {Environment.ProcessorCount} cores");
        }
    }
}
