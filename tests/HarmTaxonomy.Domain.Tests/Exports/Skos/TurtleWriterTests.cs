using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class TurtleWriterTests
{
    private static readonly RdfPrefix Ex = new("ex", "https://x.org/");

    private static readonly TurtleWriter Writer = new([Ex, RdfVocabulary.XsdPrefix]);

    [Fact]
    public void Triples_of_one_subject_share_a_block_with_semicolons_and_objects_of_one_predicate_commas()
    {
        var turtle = Writer.Write([
            new RdfTriple(Ex["a"], RdfVocabulary.RdfType, Ex["Thing"]),
            new RdfTriple(Ex["a"], Ex["label"], RdfLiteral.Tagged("A", "en")),
            new RdfTriple(Ex["b"], Ex["label"], RdfLiteral.Plain("B")),
            new RdfTriple(Ex["a"], Ex["label"], RdfLiteral.Tagged("Ä", "de")),
            new RdfTriple(Ex["a"], Ex["next"], Ex["b"]),
        ]);

        turtle.ShouldBe(
            "@prefix ex: <https://x.org/> .\n" +
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" +
            "\n" +
            "ex:a a ex:Thing ;\n" +
            "    ex:label \"A\"@en, \"Ä\"@de ;\n" +
            "    ex:next ex:b .\n" +
            "\n" +
            "ex:b ex:label \"B\" .\n");
    }

    [Fact]
    public void An_iri_whose_local_part_is_not_plain_is_written_in_full()
    {
        var turtle = Writer.Write([new RdfTriple(new RdfIri("https://x.org/a b"), Ex["see"], new RdfIri("https://x.org/1.2"))]);

        turtle.ShouldEndWith("\n<https://x.org/a\\u0020b> ex:see <https://x.org/1.2> .\n");
    }

    [Fact]
    public void Dates_are_typed_and_booleans_use_the_turtle_shorthand()
    {
        var turtle = Writer.Write([
            new RdfTriple(Ex["a"], Ex["issued"], RdfLiteral.Date(new DateOnly(2026, 1, 2))),
            new RdfTriple(Ex["a"], Ex["deprecated"], RdfLiteral.Boolean(true)),
            new RdfTriple(Ex["a"], Ex["draft"], RdfLiteral.Boolean(false)),
        ]);

        turtle.ShouldEndWith("\nex:a ex:issued \"2026-01-02\"^^xsd:date ;\n    ex:deprecated true ;\n    ex:draft false .\n");
    }

    [Fact]
    public void Nothing_but_prefixes_is_written_for_an_empty_graph()
    {
        Writer.Write([]).ShouldBe("@prefix ex: <https://x.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
    }
}
