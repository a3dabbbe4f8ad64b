using System.Diagnostics;
using HdrHistogram;

namespace HarmTaxonomy.LoadTests.Measuring;

/// <summary>Latencies in microseconds (1 µs to 10 min, 3 significant digits), recorded from many threads at once.</summary>
public sealed class LatencyHistogram
{
    private readonly LongConcurrentHistogram histogram = new(1, 600_000_000, 3);

    public void RecordSince(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp));

    public void Record(TimeSpan latency) => histogram.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, 600_000_000));

    public LatencySummary Summarise() => histogram.TotalCount == 0
        ? new LatencySummary(0, 0, 0, 0, 0, 0)
        : new LatencySummary(
            histogram.TotalCount,
            Milliseconds(histogram.GetValueAtPercentile(50)),
            Milliseconds(histogram.GetValueAtPercentile(90)),
            Milliseconds(histogram.GetValueAtPercentile(99)),
            Milliseconds(histogram.GetValueAtPercentile(99.9)),
            Milliseconds(histogram.GetMaxValue()));

    private static double Milliseconds(long microseconds) => Math.Round(microseconds / 1000.0, 2);
}

/// <summary>Percentiles in milliseconds.</summary>
public sealed record LatencySummary(long Count, double P50, double P90, double P99, double P999, double Max)
{
    public override string ToString() => Count == 0 ? "none" : $"p50 {P50:0.0} ms, p90 {P90:0.0} ms, p99 {P99:0.0} ms, p99.9 {P999:0.0} ms, max {Max:0.0} ms ({Count:N0})";
}
