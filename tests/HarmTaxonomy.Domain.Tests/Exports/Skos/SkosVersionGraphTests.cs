using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using static HarmTaxonomy.Domain.Exports.Skos.RdfVocabulary;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

public sealed class SkosVersionGraphTests
{
    private static readonly IReadOnlyList<RdfTriple> Graph = SkosVersionGraph.Build(SkosFixture.Input);

    private static readonly SkosIris Iris = new(SkosFixture.BaseUrl, "demo-harms");

    [Fact]
    public void Every_concept_has_exactly_one_preferred_label_per_language_it_has_a_label_in()
    {
        var labels = Values(SkosCore.PrefLabel)
            .Select(pair => (pair.Subject, ((RdfLiteral)pair.Value).Language))
            .ToList();

        labels.Distinct().Count().ShouldBe(labels.Count);
        labels.Count(label => label.Subject == Iris.Concept(SkosFixture.Threats)).ShouldBe(2);
    }

    [Fact]
    public void Broader_and_narrower_state_each_link_both_ways()
    {
        var broader = Values(SkosCore.Broader).Select(pair => (Child: pair.Subject, Parent: (RdfIri)pair.Value)).ToHashSet();
        var narrower = Values(SkosCore.Narrower).Select(pair => (Child: (RdfIri)pair.Value, Parent: pair.Subject)).ToHashSet();

        broader.ShouldBe(narrower, ignoreOrder: true);
        broader.ShouldContain((Iris.Concept(SkosFixture.Threats), Iris.Concept(SkosFixture.Harassment)));
    }

    [Fact]
    public void Every_concept_is_reachable_from_a_top_concept_of_the_scheme()
    {
        var concepts = Graph.Where(triple => triple.Predicate == RdfType && triple.Value == SkosCore.Concept).Select(triple => triple.Subject).ToHashSet();
        var reached = Values(SkosCore.HasTopConcept).Select(pair => (RdfIri)pair.Value).ToHashSet();
        var frontier = new Queue<RdfIri>(reached);
        while (frontier.TryDequeue(out var concept))
        {
            foreach (var child in Graph.Where(triple => triple.Subject == concept && triple.Predicate == SkosCore.Narrower).Select(triple => (RdfIri)triple.Value))
            {
                if (reached.Add(child))
                {
                    frontier.Enqueue(child);
                }
            }
        }

        concepts.Count.ShouldBe(3);
        reached.ShouldBe(concepts, ignoreOrder: true);
    }

    [Fact]
    public void Top_concepts_point_back_to_the_scheme()
    {
        var hasTop = Values(SkosCore.HasTopConcept).Select(pair => (RdfIri)pair.Value);
        var topOf = Values(SkosCore.TopConceptOf).Select(pair => pair.Subject);

        hasTop.ShouldBe(topOf, ignoreOrder: true);
    }

    [Fact]
    public void An_alternative_label_equal_to_the_preferred_label_is_left_out()
    {
        Values(SkosCore.AltLabel).Select(pair => ((RdfLiteral)pair.Value).Text).ShouldBe(["Bullying"]);
    }

    [Fact]
    public void A_concept_keeps_its_iri_from_one_version_to_the_next()
    {
        var first = SkosVersionGraph.Build(SkosFixture.Input with { Snapshot = SkosFixture.Previous, Version = "1.0.0", PreviousVersion = null, ChangesFromPrevious = null });

        var concept = Iris.Concept(SkosFixture.Harassment);
        first.ShouldContain(triple => triple.Subject == concept && triple.Predicate == SkosCore.Notation);
        Graph.ShouldContain(triple => triple.Subject == concept && triple.Predicate == SkosCore.Notation);
        first.ShouldContain(new RdfTriple(Iris.Scheme, OwlTerms.VersionIri, Iris.Version("1.0.0")));
    }

    [Fact]
    public void A_first_release_has_no_prior_version_and_no_change_notes()
    {
        var first = SkosVersionGraph.Build(SkosFixture.Input with { Snapshot = SkosFixture.Previous, Version = "1.0.0", PreviousVersion = null, ChangesFromPrevious = null });

        first.ShouldNotContain(triple => triple.Predicate == OwlTerms.PriorVersion || triple.Predicate == SkosCore.ChangeNote);
    }

    [Fact]
    public void A_deprecated_concept_says_so_and_names_its_replacement()
    {
        var insults = Iris.Concept(SkosFixture.Insults);

        Graph.ShouldContain(new RdfTriple(insults, OwlTerms.Deprecated, RdfLiteral.Boolean(true)));
        Graph.ShouldContain(new RdfTriple(insults, DctTerms.IsReplacedBy, Iris.Concept(SkosFixture.Threats)));
        Graph.ShouldNotContain(triple => triple.Subject != insults && triple.Predicate == OwlTerms.Deprecated);
    }

    [Fact]
    public void A_mapping_to_any_concept_by_uri_keeps_that_uri()
    {
        var mapped = SkosFixture.HarassmentCategory with
        {
            Mappings = [new CategoryMapping(MappingRelation.ExactMatch, null, null, "http://example.net/harm#1", null)],
        };
        var graph = SkosVersionGraph.Build(SkosFixture.Input with { Snapshot = SkosFixture.Current with { Categories = [mapped] }, ChangesFromPrevious = null });

        graph.ShouldContain(new RdfTriple(Iris.Concept(SkosFixture.Harassment), SkosPrefix["exactMatch"], new RdfIri("http://example.net/harm#1")));
    }

    [Fact]
    public void Characters_no_iri_may_hold_in_a_typed_mapping_target_are_percent_encoded()
    {
        SkosIris.External("http://example.net/harm list/{1}|\"x\"").Value.ShouldBe("http://example.net/harm%20list/%7B1%7D%7C%22x%22");
    }

    [Fact]
    public void A_licence_given_as_an_iri_is_used_as_it_is()
    {
        SkosIris.Licence("https://creativecommons.org/licenses/by/4.0/").Value.ShouldBe("https://creativecommons.org/licenses/by/4.0/");
        SkosIris.Licence("CC-BY-4.0").Value.ShouldBe("https://spdx.org/licenses/CC-BY-4.0");
    }

    private static IEnumerable<(RdfIri Subject, RdfTerm Value)> Values(RdfIri predicate) =>
        Graph.Where(triple => triple.Predicate == predicate).Select(triple => (triple.Subject, triple.Value));
}
