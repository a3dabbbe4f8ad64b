using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Provenance;

namespace HarmTaxonomy.Web.Features.Researching.Provenance;

/// <summary>The example the API reference shows for a version's aggregate session results.</summary>
public static class VersionSessionsExamples
{
    private static readonly DateTimeOffset Analysed = new(2026, 11, 28, 10, 41, 7, TimeSpan.Zero);
    private static readonly ProvenanceRule Rule = ProvenanceRule.From(TaxonomyAcceptanceRule.Default);

    public static ProvenanceDocument Document { get; } = new(
        "community-harms-demo",
        "1.1.0",
        Rule,
        ["Cora Curator", "Session tool (API client)"],
        [new ProvenanceSession(
            Guid.Parse("0193a0c5-1111-7000-8000-000000000001"),
            "Naming harms together",
            12,
            84,
            1734002211,
            new AnalysisParameters { Seed = 1734002211 },
            Analysed,
            1,
            [new ProvenanceProposal(
                Guid.Parse("0193a0c5-3333-7000-8000-000000000003"),
                "Add “Voice cloning” under HT-3 “Fraud”",
                [Guid.Parse("0193a0c4-7d2e-7c1a-9f3b-2a6e5d4c3b24")],
                12,
                0,
                0,
                12,
                "Fran Facilitator",
                Analysed.AddMinutes(1),
                true,
                0.82,
                Rule,
                [],
                [new ProvenanceGroup("A", 6, true, 6, 1.0), new ProvenanceGroup("B", 6, true, 6, 1.0)],
                new ProvenanceAnalysis(1734002211, 84, 12, Analysed))])]);
}
