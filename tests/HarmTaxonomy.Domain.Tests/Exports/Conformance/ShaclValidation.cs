using System.Text.Json;
using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// Validates every graph of <see cref="ShaclShapesTests.Graphs"/> (the fixture's export, and the same export broken
/// on purpose in one way each) against the shapes in a single node process, and keeps each graph's report.
/// </summary>
public sealed class ShaclValidation : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ExportFiles files = new();

    private Dictionary<string, ShaclReport> reports = [];

    public NodeRun Run { get; private set; } = null!;

    public ShaclReport this[string graph] => reports[graph];

    public async Task InitializeAsync()
    {
        var writer = new TurtleWriter(RdfVocabulary.Prefixes);
        var paths = ShaclShapesTests.Graphs.ToDictionary(graph => graph.Key, graph => files.Write($"{graph.Key}.ttl", writer.Write(graph.Value())));
        Run = await RdfTools.ValidateAsync([.. paths.Values]);
        Run.ExitCode.ShouldBeOneOf([0, 1], Run.ToString());
        var byFile = JsonSerializer.Deserialize<Dictionary<string, ShaclReport>>(Run.Output, Json)
            ?? throw new InvalidOperationException(Run.ToString());
        reports = paths.ToDictionary(path => path.Key, path => byFile[path.Value]);
    }

    public Task DisposeAsync()
    {
        files.Dispose();
        return Task.CompletedTask;
    }
}
