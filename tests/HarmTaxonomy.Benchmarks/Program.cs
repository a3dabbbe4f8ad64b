using BenchmarkDotNet.Running;
using HarmTaxonomy.Benchmarks;
using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Benchmarks.Researching;

if (args is [SeedPublishedCommand.Name])
{
    await SeedPublishedCommand.RunAsync();
    return;
}

// The PostgreSQL server is started here, once, and handed to every benchmark process through the environment:
// BenchmarkDotNet runs each benchmark in a process of its own.
await using var database = await BenchmarkDatabase.OpenAsync();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
