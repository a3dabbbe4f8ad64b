using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Analysis.Generating;
using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Benchmarks.Analysis;

/// <summary>
/// What a recompute allocates as a conversation grows one way at a time, from the target's 2,000 × 1,000 with
/// 200,000 votes: twice the votes; ten times the participants; ten times the items; and both, the same votes on a
/// hundred times as many cells. Memory that followed participants × items would grow a hundredfold in the last
/// shape; memory that follows the votes (plus a share per participant and per item) grows by the sum of the two
/// single steps.
/// </summary>
public class AnalysisMemoryBenchmarks
{
    private AnalysisInput input = null!;
    private VoteMatrix matrix = null!;
    private AnalysisParameters parameters = null!;

    public static IEnumerable<ConversationShape> Shapes =>
    [
        ConversationShape.Target,
        new("2k x 1k, 400k", 2_000, 1_000, 400_000),
        new("20k x 1k, 200k", 20_000, 1_000, 200_000),
        new("2k x 10k, 200k", 2_000, 10_000, 200_000),
        new("20k x 10k, 200k", 20_000, 10_000, 200_000),
    ];

    [ParamsSource(nameof(Shapes))]
    public ConversationShape Shape { get; set; } = ConversationShape.Target;

    [GlobalSetup]
    public void SetUp()
    {
        input = SyntheticConversation.Generate(Shape);
        matrix = input.ToMatrix();
        parameters = new AnalysisParameters { Seed = Shape.Seed };
        Console.WriteLine($"// {Shape}: {SyntheticConversation.Describe(input)}");
        MachineLoad.Report($"before measuring {Shape}");
    }

    [GlobalCleanup]
    public void CleanUp() => MachineLoad.Report($"after measuring {Shape}");

    [Benchmark]
    public VoteMatrix BuildMatrix() => input.ToMatrix();

    [Benchmark]
    public OpinionAnalysis Analyze() => OpinionAnalyzer.Analyze(matrix, parameters, previous: null, input.Traits);
}
