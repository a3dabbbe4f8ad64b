using HarmTaxonomy.Domain.Exports.Skos;
using static HarmTaxonomy.Domain.Exports.Skos.RdfVocabulary;
using static HarmTaxonomy.Domain.Tests.Exports.Conformance.EveryStateFixture;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// The SKOS export against <c>tests/rdf-tools/shapes/skos-taxonomy.shacl.ttl</c> with rdf-validate-shacl: the fixture
/// conforms, and each rule is shown to catch a graph broken on purpose, so a passing run means something. The graphs
/// are built here and validated together in one node process by <see cref="ShaclValidation"/>.
/// </summary>
public sealed class ShaclShapesTests(ShaclValidation shacl) : IClassFixture<ShaclValidation>
{
    private static readonly RdfIri Scheme = new($"{BaseUrl}/taxonomies/{Slug}");
    private static readonly RdfIri ViolenceConcept = new(Concept(Violence));
    private static readonly RdfIri ThreatsConcept = new(Concept(Threats));
    private static readonly RdfIri VeiledThreatsConcept = new(Concept(VeiledThreats));
    private static readonly RdfIri FraudConcept = new(Concept(Fraud));
    private static readonly RdfIri Orphan = new(Concept(Guid.Parse("0193c000-0000-7000-8000-0000000000ff")));

    /// <summary>Every graph to validate, by name: the export as it is, then broken in one way each.</summary>
    public static IReadOnlyDictionary<string, Func<List<RdfTriple>>> Graphs { get; } = new Dictionary<string, Func<List<RdfTriple>>>
    {
        ["export"] = Export,
        ["two-spanish-labels"] = () => With(graph => graph.Add(new RdfTriple(ThreatsConcept, SkosCore.PrefLabel, RdfLiteral.Tagged("Menaces", "es")))),
        ["broader-cycle"] = () => With(graph =>
        {
            // Threats moves under its own child: Threats → Veiled threats → Threats, cut off from any top concept.
            graph.Remove(new RdfTriple(ThreatsConcept, SkosCore.Broader, ViolenceConcept)).ShouldBeTrue();
            graph.Remove(new RdfTriple(ViolenceConcept, SkosCore.Narrower, ThreatsConcept)).ShouldBeTrue();
            graph.Add(new RdfTriple(ThreatsConcept, SkosCore.Broader, VeiledThreatsConcept));
            graph.Add(new RdfTriple(VeiledThreatsConcept, SkosCore.Narrower, ThreatsConcept));
        }),
        ["top-concept-with-broader"] = () => With(graph =>
        {
            graph.Add(new RdfTriple(ViolenceConcept, SkosCore.Broader, FraudConcept));
            graph.Add(new RdfTriple(FraudConcept, SkosCore.Narrower, ViolenceConcept));
        }),
        ["orphan"] = () => With(graph => graph.AddRange(
        [
            new RdfTriple(Orphan, RdfType, SkosCore.Concept),
            new RdfTriple(Orphan, SkosCore.InScheme, Scheme),
            new RdfTriple(Orphan, SkosCore.Notation, RdfLiteral.Plain("HT-99")),
            new RdfTriple(Orphan, SkosCore.PrefLabel, RdfLiteral.Tagged("Orphan", "en")),
        ])),
        ["exact-and-broadMatch"] = () => With(graph => AlsoMatch(graph, "broadMatch")),
        ["exact-and-relatedMatch"] = () => With(graph => AlsoMatch(graph, "relatedMatch")),
        ["narrower-without-broader"] = () => With(graph => graph.Remove(new RdfTriple(VeiledThreatsConcept, SkosCore.Broader, ThreatsConcept)).ShouldBeTrue()),
        ["scheme-without-versionInfo"] = () => Without(Scheme, OwlTerms.VersionInfo, 1),
        ["scheme-without-versionIRI"] = () => Without(Scheme, OwlTerms.VersionIri, 1),
        ["scheme-without-license"] = () => Without(Scheme, DctTerms.License, 1),
        ["scheme-without-issued"] = () => Without(Scheme, DctTerms.Issued, 1),
        ["concept-without-notation"] = () => Without(VeiledThreatsConcept, SkosCore.Notation, 1),
        ["concept-without-inScheme"] = () => Without(VeiledThreatsConcept, SkosCore.InScheme, 1),
        ["concept-without-prefLabel"] = () => Without(VeiledThreatsConcept, SkosCore.PrefLabel, 3),
    };

    [Fact]
    public void The_every_state_export_conforms_to_the_shapes()
    {
        var report = shacl["export"];

        report.Results.ShouldBeEmpty(report.ToString());
        report.Conforms.ShouldBeTrue();
    }

    [Fact]
    public void The_validator_exits_with_failure_when_a_graph_does_not_conform()
    {
        shacl.Run.ExitCode.ShouldBe(1, shacl.Run.Error);
    }

    [Fact]
    public void Two_preferred_labels_in_one_language_fail()
    {
        var report = shacl["two-spanish-labels"];

        report.Conforms.ShouldBeFalse();
        report.FailedShapes().ShouldBe(["OnePrefLabelPerLanguage"]);
        report.FailedShapes(ThreatsConcept.Value).ShouldBe(["OnePrefLabelPerLanguage"]);
    }

    [Fact]
    public void A_cycle_of_broader_concepts_fails()
    {
        var report = shacl["broader-cycle"];

        report.Conforms.ShouldBeFalse();
        report.FailedShapes().ShouldBe(["ReachesTopConcept"]);
        report.FailedShapes(ThreatsConcept.Value).ShouldBe(["ReachesTopConcept"]);
        report.FailedShapes(VeiledThreatsConcept.Value).ShouldBe(["ReachesTopConcept"]);
    }

    [Fact]
    public void A_top_concept_with_a_broader_concept_fails()
    {
        shacl["top-concept-with-broader"].FailedShapes(ViolenceConcept.Value).ShouldBe(["TopConceptHasNoBroader"]);
    }

    [Fact]
    public void A_concept_that_reaches_no_top_concept_fails()
    {
        var report = shacl["orphan"];

        report.FailedShapes().ShouldBe(["ReachesTopConcept"]);
        report.Results.ShouldHaveSingleItem().FocusNode.ShouldBe(Orphan.Value);
    }

    [Theory]
    [InlineData("broadMatch", "ExactMatchNotBroadMatch")]
    [InlineData("relatedMatch", "ExactMatchNotRelatedMatch")]
    public void An_exact_match_may_not_also_be_a_broad_or_related_match(string relation, string shape)
    {
        var report = shacl[$"exact-and-{relation}"];

        report.FailedShapes().ShouldBe([shape]);
        report.FailedShapes(ViolenceConcept.Value).ShouldBe([shape]);
    }

    [Fact]
    public void A_narrower_link_without_its_broader_link_fails()
    {
        shacl["narrower-without-broader"].FailedShapes(VeiledThreatsConcept.Value).ShouldContain("NarrowerMirrorsBroader");
    }

    [Theory]
    [InlineData("versionInfo", "SchemeVersionInfo")]
    [InlineData("versionIRI", "SchemeVersionIri")]
    [InlineData("license", "SchemeLicence")]
    [InlineData("issued", "SchemeIssued")]
    public void A_scheme_without_its_release_facts_fails(string property, string shape)
    {
        shacl[$"scheme-without-{property}"].FailedShapes().ShouldBe([shape]);
    }

    [Theory]
    [InlineData("notation", "OneNotation")]
    [InlineData("inScheme", "InScheme")]
    [InlineData("prefLabel", "HasPrefLabel")]
    public void A_concept_without_its_notation_scheme_or_label_fails(string property, string shape)
    {
        shacl[$"concept-without-{property}"].FailedShapes(VeiledThreatsConcept.Value).ShouldBe([shape]);
    }

    private static List<RdfTriple> Export() => [.. SkosVersionGraph.Build(EveryStateFixture.Skos)];

    private static List<RdfTriple> With(Action<List<RdfTriple>> breakIt)
    {
        var graph = Export();
        breakIt(graph);
        return graph;
    }

    /// <summary>Gives the one exact match's target a second relation from the same concept.</summary>
    private static void AlsoMatch(List<RdfTriple> graph, string relation)
    {
        var exact = graph.Single(triple => triple.Predicate == SkosPrefix["exactMatch"]);
        exact.Subject.ShouldBe(ViolenceConcept);
        graph.Add(exact with { Predicate = SkosPrefix[relation] });
    }

    /// <summary>The export with every <paramref name="predicate"/> of <paramref name="subject"/> removed (there are <paramref name="count"/>).</summary>
    private static List<RdfTriple> Without(RdfIri subject, RdfIri predicate, int count) =>
        With(graph => graph.RemoveAll(triple => triple.Subject == subject && triple.Predicate == predicate).ShouldBe(count));
}
