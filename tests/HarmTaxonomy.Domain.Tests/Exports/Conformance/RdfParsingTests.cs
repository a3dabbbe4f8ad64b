using HarmTaxonomy.Domain.Exports.Skos;
using static HarmTaxonomy.Domain.Tests.Exports.Conformance.EveryStateFixture;
using static HarmTaxonomy.Domain.Tests.Exports.Conformance.NTriples;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>The Turtle and JSON-LD downloads as N3.js and jsonld.js read them.</summary>
public sealed class RdfParsingTests(ParsedExports exports) : IClassFixture<ParsedExports>
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Owl = "http://www.w3.org/2002/07/owl#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Scheme = BaseUrl + "/taxonomies/" + Slug;

    private IReadOnlyList<string> Triples => Parsed(exports.Turtle);

    [Fact]
    public void Turtle_and_json_ld_parse_to_the_same_triples()
    {
        var turtle = Parsed(exports.Turtle);
        var jsonLd = Parsed(exports.JsonLd);

        jsonLd.ShouldBe(turtle);
        turtle.ShouldNotContain(line => line.StartsWith("_:", StringComparison.Ordinal) || line.Contains(" _:", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ld_that_refers_to_the_published_context_reads_like_the_embedded_one()
    {
        Parsed(exports.JsonLdWithPublishedContext).ShouldBe(Parsed(exports.JsonLd));
    }

    [Fact]
    public void The_parsers_read_exactly_the_graph_the_exports_were_built_from()
    {
        Triples.ShouldBe(Lines(exports.Graph));
    }

    [Fact]
    public void The_scheme_states_its_release()
    {
        ShouldHold(
            (Scheme, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", Iri(Skos + "ConceptScheme")),
            (Scheme, Owl + "versionInfo", "\"3.0.0\""),
            (Scheme, Owl + "versionIRI", Iri(Scheme + "/versions/3.0.0")),
            (Scheme, Owl + "priorVersion", Iri(Scheme + "/versions/2.0.0")),
            (Scheme, Dct + "license", Iri("https://spdx.org/licenses/CC-BY-4.0")),
            (Scheme, Dct + "issued", $"\"2026-11-27\"^^<{Xsd}date>"),
            (Scheme, Dct + "creator", "\"Ana García\""),
            (Scheme, Dct + "creator", "\"Sam Lee\""),
            (Scheme, Dct + "publisher", "\"Community harms collective\""),
            (Scheme, Dct + "description", Text("Harms our community sees online: \"what\" and \\why\\.", "en")));
    }

    [Fact]
    public void Every_concept_has_exactly_one_preferred_label_in_each_language()
    {
        foreach (var category in Current.Categories)
        {
            foreach (var language in Languages)
            {
                var prefix = $"{Iri(Concept(category.Id))} {Iri(Skos + "prefLabel")} ";
                Triples.Where(line => line.StartsWith(prefix, StringComparison.Ordinal) && line.EndsWith($"@{language} .", StringComparison.Ordinal))
                    .ShouldHaveSingleItem($"{category.Notation} in {language}")
                    .ShouldBe($"{prefix}{Text(category.Labels[language], language)} .");
            }
        }
    }

    [Fact]
    public void Broader_and_narrower_link_the_three_levels_both_ways()
    {
        ShouldHold(
            (Concept(Threats), Skos + "broader", Iri(Concept(Violence))),
            (Concept(Violence), Skos + "narrower", Iri(Concept(Threats))),
            (Concept(VeiledThreats), Skos + "broader", Iri(Concept(Threats))),
            (Concept(Threats), Skos + "narrower", Iri(Concept(VeiledThreats))));
        Triples.Count(line => line.Contains(Skos + "broader>", StringComparison.Ordinal)).ShouldBe(2);
        Triples.Count(line => line.Contains(Skos + "narrower>", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void Top_concepts_and_the_scheme_name_each_other()
    {
        var tops = Current.Categories.Where(category => category.ParentId is null).ToList();
        tops.Count.ShouldBe(7);
        foreach (var top in tops)
        {
            ShouldHold(
                (Scheme, Skos + "hasTopConcept", Iri(Concept(top.Id))),
                (Concept(top.Id), Skos + "topConceptOf", Iri(Scheme)),
                (Concept(top.Id), Skos + "inScheme", Iri(Scheme)));
        }

        Triples.ShouldNotContain($"{Iri(Concept(Threats))} {Iri(Skos + "topConceptOf")} {Iri(Scheme)} .");
    }

    [Fact]
    public void Each_mapping_relation_points_at_its_target()
    {
        ShouldHold(
            (Concept(Violence), Skos + "exactMatch", Iri(BaseUrl + "/taxonomies/MLCommons/categories/S1")),
            (Concept(Threats), Skos + "narrowMatch", Iri("https://example.org/taxonomy/threats")),
            (Concept(VeiledThreats), Skos + "broadMatch", Iri(BaseUrl + "/taxonomies/MLCommons/categories/S9")),
            (Concept(Fraud), Skos + "closeMatch", Iri(BaseUrl + "/taxonomies/MLCommons/categories/S2")),
            (Concept(Fraud), Skos + "relatedMatch", Iri("https://example.org/fraud")));
    }

    [Fact]
    public void Deprecated_merged_and_split_concepts_say_so_and_name_their_replacements()
    {
        var deprecated = $"\"true\"^^<{Xsd}boolean>";
        ShouldHold(
            (Concept(OldScams), Owl + "deprecated", deprecated),
            (Concept(OldScams), Dct + "isReplacedBy", Iri(Concept(Fraud))),
            (Concept(Harassment), Owl + "deprecated", deprecated),
            (Concept(Harassment), Dct + "isReplacedBy", Iri(Concept(Insults))),
            (Concept(Harassment), Dct + "isReplacedBy", Iri(Concept(Stalking))),
            (Concept(Spam), Owl + "deprecated", deprecated),
            (Concept(Spam), Dct + "isReplacedBy", Iri(Concept(Fraud))));
        Triples.Count(line => line.Contains(Owl + "deprecated>", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void Change_notes_tell_what_the_release_did_to_each_concept()
    {
        var notes = Triples.Where(line => line.Contains(Skos + "changeNote>", StringComparison.Ordinal)).ToList();

        notes.ShouldContain(line => line.StartsWith(Iri(Concept(VeiledThreats)), StringComparison.Ordinal) && line.Contains("Added in 3.0.0", StringComparison.Ordinal));
        notes.ShouldContain(line => line.StartsWith(Iri(Concept(OldScams)), StringComparison.Ordinal) && line.Contains("Merged into HT-3", StringComparison.Ordinal));
        notes.ShouldContain(line => line.StartsWith(Iri(Concept(Harassment)), StringComparison.Ordinal) && line.Contains("Split into HT-5, HT-6", StringComparison.Ordinal));
        notes.ShouldContain(line => line.StartsWith(Iri(Concept(Threats)), StringComparison.Ordinal) && line.Contains("from \\\"Threatening\\\" to \\\"Threats\\\"", StringComparison.Ordinal));
        notes.ShouldAllBe(line => line.EndsWith("@en .", StringComparison.Ordinal));
    }

    [Fact]
    public void Notations_and_texts_in_every_language_are_carried()
    {
        ShouldHold(
            (Concept(VeiledThreats), Skos + "notation", "\"HT-1.1.1\""),
            (Concept(Violence), Skos + "definition", Text("محتوى يروّج للأذى الجسدي.", "ar")),
            (Concept(Violence), Skos + "scopeNote", Text("No incluye noticias.", "es")),
            (Concept(Threats), Skos + "scopeNote", Text("Not fiction.\nNot song lyrics.", "en")),
            (Concept(Violence), Skos + "example", Text("فيديو يمجّد اعتداءً", "ar")),
            (Concept(Threats), Skos + "example", Text("\"I will hurt you\"", "en")),
            (Concept(Threats), Skos + "example", Text("Watch your back 😠", "en")),
            (Concept(Violence), Skos + "altLabel", Text("Physical harm", "en")),
            (Concept(Violence), Skos + "altLabel", Text("Gore", "en")),
            (Concept(Violence), Skos + "altLabel", Text("Daño físico", "es")),
            (Concept(Violence), Skos + "altLabel", Text("الأذى الجسدي", "ar")));
        foreach (var category in Current.Categories)
        {
            foreach (var language in Languages)
            {
                ShouldHold((Concept(category.Id), Skos + "definition", Text(category.Definitions[language], language)));
            }
        }
    }

    private void ShouldHold(params (string Subject, string Predicate, string Value)[] triples)
    {
        foreach (var (subject, predicate, value) in triples)
        {
            Triples.ShouldContain($"{Iri(subject)} {Iri(predicate)} {value} .");
        }
    }

    private static IReadOnlyList<string> Parsed(NodeRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Lines;
    }
}
