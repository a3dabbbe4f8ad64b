using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace HarmTaxonomy.Benchmarks;

/// <summary>
/// One short job for every benchmark: the targets are milliseconds to a second against a real database, so three
/// warm-up and ten measured iterations tell the story and keep the whole run within minutes. The 95th percentile and
/// the maximum are shown because a target is about what a person waits, not only the mean.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.P95, StatisticColumn.Max)
        .WithOptions(ConfigOptions.JoinSummary);
}
