using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Analysis.Generating;
using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Benchmarks.Analysis;

/// <summary>
/// One full recompute of the opinion analysis, in its two halves as the analysis worker runs them: the vote matrix
/// built from what a room hands over (<see cref="AnalysisInput.ToMatrix"/>), then <see cref="OpinionAnalyzer.Analyze"/>
/// on it, with participants' traits for the community and language breakdowns. Targets (issue 6): under 1 s at
/// 2,000 × 1,000 with 200,000 votes, under 10 s at the size of Polis's largest public conversation.
/// No database: the analysis is pure.
/// </summary>
public class AnalysisBenchmarks
{
    private AnalysisInput input = null!;
    private VoteMatrix matrix = null!;
    private AnalysisParameters parameters = null!;

    public static IEnumerable<ConversationShape> Shapes => [ConversationShape.Target, ConversationShape.PolisLargest];

    [ParamsSource(nameof(Shapes))]
    public ConversationShape Shape { get; set; } = ConversationShape.Target;

    [GlobalSetup]
    public void SetUp()
    {
        input = SyntheticConversation.Generate(Shape);
        matrix = input.ToMatrix();
        parameters = new AnalysisParameters { Seed = Shape.Seed };
        Console.WriteLine($"// {Shape}: {SyntheticConversation.Describe(input)}");
        var analysis = Analyze();
        Console.WriteLine(
            $"// {analysis.Participants.Count:N0} participants counted, {analysis.Groups.Count} groups of " +
            $"{string.Join(", ", analysis.Groups.Select(group => group.Members.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}");
        MachineLoad.Report($"before measuring {Shape}");
    }

    [GlobalCleanup]
    public void CleanUp() => MachineLoad.Report($"after measuring {Shape}");

    [Benchmark]
    public VoteMatrix BuildMatrix() => input.ToMatrix();

    [Benchmark]
    public OpinionAnalysis Analyze() => OpinionAnalyzer.Analyze(matrix, parameters, previous: null, input.Traits);
}
