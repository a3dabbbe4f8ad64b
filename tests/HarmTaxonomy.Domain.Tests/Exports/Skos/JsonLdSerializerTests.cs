using System.Text.Json.Nodes;
using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class JsonLdSerializerTests
{
    private const string ContextUrl = "https://harms.example.org/contexts/skos.jsonld";

    [Fact]
    public void A_small_release_is_written_as_this_exact_json_ld()
    {
        var json = JsonLdSerializer.Serialize(SkosFixture.Input, ContextUrl);

        json.ShouldBe(Expected + "\n");
    }

    [Fact]
    public void Without_a_context_url_the_published_context_is_embedded()
    {
        var document = JsonNode.Parse(JsonLdSerializer.Serialize(SkosFixture.Input))!;

        JsonNode.DeepEquals(document["@context"], SkosJsonLdContext.Context()).ShouldBeTrue();
        JsonNode.DeepEquals(document["@graph"], JsonNode.Parse(Expected)!["@graph"]).ShouldBeTrue();
    }

    [Fact]
    public void The_context_document_holds_a_term_for_every_property_and_class_the_graph_uses()
    {
        var context = JsonNode.Parse(SkosJsonLdContext.Document)!["@context"]!.AsObject();
        var used = SkosVersionGraph.Build(SkosFixture.Input)
            .SelectMany(triple => triple.Predicate == RdfVocabulary.RdfType ? [(RdfIri)triple.Value] : new[] { triple.Predicate })
            .Where(iri => iri != RdfVocabulary.RdfType)
            .Distinct();

        foreach (var iri in used)
        {
            var term = SkosJsonLdContext.Terms.Where(term => term.Iri == iri).ShouldHaveSingleItem();
            context.ContainsKey(term.Name).ShouldBeTrue(term.Name);
        }
    }

    [Fact]
    public void A_property_the_context_does_not_know_is_written_expanded()
    {
        var subject = new RdfIri("https://x.org/a");
        var json = JsonLdSerializer.Serialize([
            new RdfTriple(subject, new RdfIri("https://x.org/rank"), RdfLiteral.Typed("3", new RdfIri("http://www.w3.org/2001/XMLSchema#integer"))),
            new RdfTriple(subject, new RdfIri("https://x.org/see"), new RdfIri("https://x.org/b")),
        ], ContextUrl);

        var node = JsonNode.Parse(json)!["@graph"]![0]!;
        node["https://x.org/rank"]![0]!["@value"]!.GetValue<string>().ShouldBe("3");
        node["https://x.org/rank"]![0]!["@type"]!.GetValue<string>().ShouldBe("http://www.w3.org/2001/XMLSchema#integer");
        node["https://x.org/see"]![0]!["@id"]!.GetValue<string>().ShouldBe("https://x.org/b");
    }

    [Fact]
    public void Text_with_quotes_line_breaks_and_emoji_survives_a_round_trip_through_json()
    {
        const string text = "Say \"no\"\nnow \\ 😠 niños";
        var json = JsonLdSerializer.Serialize([new RdfTriple(new RdfIri("https://x.org/a"), RdfVocabulary.SkosCore.Definition, RdfLiteral.Tagged(text, "es"))], ContextUrl);

        JsonNode.Parse(json)!["@graph"]![0]!["definition"]!["es"]!.GetValue<string>().ShouldBe(text);
        json.ShouldContain("niños");
    }

    private const string Expected = """
        {
          "@context": "https://harms.example.org/contexts/skos.jsonld",
          "@graph": [
            {
              "@id": "https://harms.example.org/taxonomies/demo-harms",
              "@type": "ConceptScheme",
              "prefLabel": {
                "en": "Demo harms"
              },
              "title": {
                "en": "Demo harms"
              },
              "description": {
                "en": "A small taxonomy."
              },
              "versionInfo": "1.1.0",
              "versionIRI": "https://harms.example.org/taxonomies/demo-harms/versions/1.1.0",
              "priorVersion": "https://harms.example.org/taxonomies/demo-harms/versions/1.0.0",
              "license": "https://spdx.org/licenses/CC-BY-4.0",
              "issued": "2026-11-28",
              "creator": [
                "Ana Curator"
              ],
              "publisher": "Harm Taxonomy Commons",
              "hasTopConcept": [
                "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001",
                "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000003"
              ]
            },
            {
              "@id": "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001",
              "@type": "Concept",
              "inScheme": "https://harms.example.org/taxonomies/demo-harms",
              "topConceptOf": "https://harms.example.org/taxonomies/demo-harms",
              "notation": "1",
              "prefLabel": {
                "en": "Harassment",
                "es": "Acoso"
              },
              "altLabel": {
                "en": [
                  "Bullying"
                ]
              },
              "definition": {
                "en": "Repeated \"unwanted\" contact."
              },
              "narrower": [
                "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002"
              ],
              "closeMatch": [
                "https://harms.example.org/taxonomies/mlcommons/categories/S1"
              ]
            },
            {
              "@id": "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002",
              "@type": "Concept",
              "inScheme": "https://harms.example.org/taxonomies/demo-harms",
              "notation": "1.1",
              "prefLabel": {
                "en": "Threats",
                "es": "Amenazas"
              },
              "scopeNote": {
                "es": "Incluye amenazas veladas."
              },
              "example": {
                "en": [
                  "\"I know where you live\"",
                  "You'll regret it \uD83D\uDE20"
                ]
              },
              "broader": "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000001",
              "changeNote": {
                "en": [
                  "Added in 1.1.0."
                ]
              }
            },
            {
              "@id": "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000003",
              "@type": "Concept",
              "inScheme": "https://harms.example.org/taxonomies/demo-harms",
              "topConceptOf": "https://harms.example.org/taxonomies/demo-harms",
              "notation": "2",
              "prefLabel": {
                "en": "Insults"
              },
              "deprecated": true,
              "isReplacedBy": [
                "https://harms.example.org/taxonomies/demo-harms/categories/0192a000-0000-7000-8000-000000000002"
              ],
              "changeNote": {
                "en": [
                  "Merged into 1.1 in 1.1.0."
                ]
              }
            }
          ]
        }
        """;
}
