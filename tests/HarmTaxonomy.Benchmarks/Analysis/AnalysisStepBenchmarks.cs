using BenchmarkDotNet.Attributes;
using HarmTaxonomy.Benchmarks.Analysis.Generating;
using HarmTaxonomy.Benchmarks.Infrastructure;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.Rooms;

namespace HarmTaxonomy.Benchmarks.Analysis;

/// <summary>
/// The steps of <see cref="OpinionAnalyzer.Analyze"/> one at a time at the size of Polis's largest public
/// conversation, each on the previous steps' results computed once in setup: where a recompute's time and memory go.
/// What the steps leave out of the whole (groups' members, representative and consensus items) is the difference.
/// </summary>
public class AnalysisStepBenchmarks
{
    private readonly ConversationShape shape = ConversationShape.PolisLargest;
    private AnalysisInput input = null!;
    private VoteMatrix matrix = null!;
    private AnalysisParameters parameters = null!;
    private int[] counted = null!;
    private PrincipalComponents components = null!;
    private MapPoint[] places = null!;
    private int[] groupOfRow = null!;
    private int groupCount;
    private ItemFigures.Counts figures = null!;

    [GlobalSetup]
    public void SetUp()
    {
        input = SyntheticConversation.Generate(shape);
        matrix = input.ToMatrix();
        parameters = new AnalysisParameters { Seed = shape.Seed };
        counted = WhoCounts();
        components = Components();
        places = Places();
        var found = Groups();
        groupCount = found.Centres.Length;
        groupOfRow = new int[matrix.Participants.Count];
        Array.Fill(groupOfRow, -1);
        for (var index = 0; index < counted.Length; index++)
        {
            groupOfRow[counted[index]] = found.GroupOfPoint[index];
        }

        figures = Counts();
        Console.WriteLine($"// {shape}: {SyntheticConversation.Describe(input)}");
        MachineLoad.Report($"before measuring {shape}");
    }

    [GlobalCleanup]
    public void CleanUp() => MachineLoad.Report($"after measuring {shape}");

    [Benchmark(Description = "1 who counts")]
    public int[] WhoCounts() => CountedParticipants.Select(matrix, parameters);

    [Benchmark(Description = "2 PCA (power iteration)")]
    public PrincipalComponents Components() =>
        PrincipalComponents.Compute(matrix, counted, null, null, new Random(parameters.Seed), parameters.PowerIterations);

    [Benchmark(Description = "3 places on the map")]
    public MapPoint[] Places() => OpinionMap.Place(matrix, counted, components);

    [Benchmark(Description = "4 base clusters and groups")]
    public OpinionGroupFinder.Found Groups() => OpinionGroupFinder.Find(places, parameters, null, new Random(parameters.Seed));

    [Benchmark(Description = "5 counts per item, group, community, language")]
    public ItemFigures.Counts Counts() => ItemFigures.Count(matrix, groupOfRow, groupCount, input.Traits);

    [Benchmark(Description = "6 item figures")]
    public List<ItemAnalysis> Items() => ItemFigures.Analyse(matrix, components, figures, parameters);
}
