namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>The <c>ttl</c> download of a published version: its SKOS graph as Turtle, UTF-8 with <c>\n</c> line ends.</summary>
public static class TurtleSerializer
{
    public const string MediaType = "text/turtle";

    private static readonly TurtleWriter Writer = new(RdfVocabulary.Prefixes);

    public static string Serialize(SkosVersionInput input) => Writer.Write(SkosVersionGraph.Build(input));

    /// <summary>Writes an already built graph, so one graph can serve both the Turtle and the JSON-LD download.</summary>
    public static string Serialize(IEnumerable<RdfTriple> triples) => Writer.Write(triples);
}
