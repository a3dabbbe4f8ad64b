using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// The every-state fixture exported as Turtle, as JSON-LD with its context embedded and as JSON-LD that refers to the
/// published context, each read once by the real parsers (three node processes in all) and shared by the tests.
/// </summary>
public sealed class ParsedExports : IAsyncLifetime
{
    public const string ContextUrl = EveryStateFixture.BaseUrl + "/contexts/skos-taxonomy.jsonld";

    public ExportFiles Files { get; } = new();

    public IReadOnlyList<RdfTriple> Graph { get; } = SkosVersionGraph.Build(EveryStateFixture.Skos);

    public NodeRun Turtle { get; private set; } = null!;

    public NodeRun JsonLd { get; private set; } = null!;

    public NodeRun JsonLdWithPublishedContext { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var turtle = Files.Write("version.ttl", TurtleSerializer.Serialize(EveryStateFixture.Skos));
        var jsonLd = Files.Write("version.jsonld", JsonLdSerializer.Serialize(EveryStateFixture.Skos));
        var referring = Files.Write("version-with-context-url.jsonld", JsonLdSerializer.Serialize(EveryStateFixture.Skos, ContextUrl));
        var context = Files.Write("skos-taxonomy.jsonld", SkosJsonLdContext.Document);
        var runs = await Task.WhenAll(
            RdfTools.ParseAsync(turtle, "ttl"),
            RdfTools.ParseAsync(jsonLd, "jsonld"),
            RdfTools.ParseAsync(referring, "jsonld", context));
        (Turtle, JsonLd, JsonLdWithPublishedContext) = (runs[0], runs[1], runs[2]);
    }

    public Task DisposeAsync()
    {
        Files.Dispose();
        return Task.CompletedTask;
    }
}
