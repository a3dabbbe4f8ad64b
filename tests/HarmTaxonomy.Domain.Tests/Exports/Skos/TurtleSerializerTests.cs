using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class TurtleSerializerTests
{
    [Fact]
    public void A_small_release_is_written_as_this_exact_turtle()
    {
        var turtle = TurtleSerializer.Serialize(SkosFixture.Input);

        turtle.ShouldBe(Expected + "\n");
    }

    private const string Expected = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        <https://harms.example.org/taxonomies/demo-harms> a skos:ConceptScheme ;
            skos:prefLabel "Demo harms"@en ;
            dct:title "Demo harms"@en ;
            dct:description "A small taxonomy."@en ;
            owl:versionInfo "1.1.0" ;
            owl:versionIRI <https://harms.example.org/taxonomies/demo-harms/versions/1.1.0> ;
            owl:priorVersion <https://harms.example.org/taxonomies/demo-harms/versions/1.0.0> ;
            dct:license <https://spdx.org/licenses/CC-BY-4.0> ;
            dct:issued "2026-11-28"^^xsd:date ;
            dct:creator "Ana Curator" ;
            dct:publisher "Harm Taxonomy Commons" ;
            skos:hasTopConcept <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001>, <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000003> .

        <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001> a skos:Concept ;
            skos:inScheme <https://harms.example.org/taxonomies/demo-harms> ;
            skos:topConceptOf <https://harms.example.org/taxonomies/demo-harms> ;
            skos:notation "1" ;
            skos:prefLabel "Harassment"@en, "Acoso"@es ;
            skos:altLabel "Bullying"@en ;
            skos:definition "Repeated \"unwanted\" contact."@en ;
            skos:narrower <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002> ;
            skos:closeMatch <https://harms.example.org/taxonomies/mlcommons/categories/S1> .

        <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002> a skos:Concept ;
            skos:inScheme <https://harms.example.org/taxonomies/demo-harms> ;
            skos:notation "1.1" ;
            skos:prefLabel "Threats"@en, "Amenazas"@es ;
            skos:scopeNote "Incluye amenazas veladas."@es ;
            skos:example "\"I know where you live\""@en, "You'll regret it 😠"@en ;
            skos:broader <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001> ;
            skos:changeNote "Added in 1.1.0."@en .

        <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000003> a skos:Concept ;
            skos:inScheme <https://harms.example.org/taxonomies/demo-harms> ;
            skos:topConceptOf <https://harms.example.org/taxonomies/demo-harms> ;
            skos:notation "2" ;
            skos:prefLabel "Insults"@en ;
            owl:deprecated true ;
            dct:isReplacedBy <https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002> ;
            skos:changeNote "Merged into 1.1 in 1.1.0."@en .
        """;
}
