using System.Globalization;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>
/// The app's process as Linux sees it: resident memory sampled from <c>/proc/PID/status</c> (VmRSS, and VmHWM, the
/// peak since the process started), four times a second while a run lasts, and its CPU time (<see cref="ProcessCpu"/>).
/// </summary>
public sealed class ServerProcess(int pid) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task? sampling;
    private long peakRssKilobytes;
    private long startRssKilobytes;
    private double cpuSecondsAtMark;
    private DateTimeOffset markedAt;

    public int Pid => pid;

    public void Start()
    {
        startRssKilobytes = ReadStatus("VmRSS:") ?? 0;
        peakRssKilobytes = startRssKilobytes;
        sampling = SampleAsync(stop.Token);
    }

    /// <summary>Starts the window that <see cref="CpuSinceMark"/> measures (the voting, not the joining).</summary>
    public void Mark()
    {
        cpuSecondsAtMark = ReadCpuSeconds();
        markedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>CPU the app used since <see cref="Mark"/>, as a share of one core (2.0 = both cores of this machine).</summary>
    public double CpuSinceMark()
    {
        var elapsed = (DateTimeOffset.UtcNow - markedAt).TotalSeconds;
        return elapsed <= 0 ? 0 : Math.Round((ReadCpuSeconds() - cpuSecondsAtMark) / elapsed, 2);
    }

    public ServerMemory Memory() => new(
        Math.Round(startRssKilobytes / 1024.0, 1),
        Math.Round(Math.Max(Interlocked.Read(ref peakRssKilobytes), ReadStatus("VmRSS:") ?? 0) / 1024.0, 1),
        Math.Round((ReadStatus("VmHWM:") ?? 0) / 1024.0, 1));

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (sampling is not null)
        {
            await sampling;
        }

        stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (ReadStatus("VmRSS:") is { } rss && rss > Interlocked.Read(ref peakRssKilobytes))
                {
                    Interlocked.Exchange(ref peakRssKilobytes, rss);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private long? ReadStatus(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended: no more samples.
        }

        return null;
    }

    private double ReadCpuSeconds() => ProcessCpu.Seconds(pid);
}

/// <summary>The app's resident memory in MiB: before the run, the highest sampled during it, and the kernel's peak since start.</summary>
public sealed record ServerMemory(double StartRssMiB, double PeakRssMiB, double PeakSinceStartMiB);
