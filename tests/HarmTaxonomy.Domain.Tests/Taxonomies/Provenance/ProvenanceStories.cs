using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Tests.Analysis;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Provenance;

/// <summary>Sessions, proposals and analyses the provenance tests accept into a taxonomy.</summary>
internal static class ProvenanceStories
{
    public static readonly Guid Workshop = Guid.Parse("01960000-0000-7000-8000-0000000000b1");
    public static readonly Guid Townhall = Guid.Parse("01960000-0000-7000-8000-0000000000b2");
    public static readonly DateTimeOffset ComputedAt = new(2026, 3, 2, 8, 59, 0, TimeSpan.Zero);

    // Two camps of 20 everyone counts; item 0 has everyone's agreement.
    public static readonly OpinionAnalysis TwoCamps = OpinionAnalyzer.Analyze(Conversations.TwoCamps(), Conversations.Seeded());

    /// <summary>Accepts a session's proposal to add <paramref name="label"/> under Fraud, judged on <paramref name="support"/>.</summary>
    public static AdoptProposal Adopt(Guid sessionId, int proposal, string label, SupportAnalysis? support = null) => new(
        new AddProposedCategory(Id(100 + proposal), "en", label, $"Definition of {label}.", Fraud, null, null, null),
        new ProposalCause(sessionId, sessionId == Workshop ? "Workshop" : "Town hall", Conversations.Item(proposal), $"Add “{label}”", 30, 10, 2, 42),
        support);

    public static SupportAnalysis Support => new(TwoCamps, 812, ComputedAt);

    public static ProvenanceLedger LedgerOf(TaxonomyScenario scenario) =>
        ProvenanceLedger.FromStream(TaxonomyId, scenario.History.Select(recorded => ((object)recorded.Event, recorded.Version))).ShouldNotBeNull();

    public static VersionProvenance ProvenanceOf(TaxonomyScenario scenario, string version, IReadOnlyDictionary<Guid, SessionFacts>? sessions = null) =>
        VersionProvenanceBuilder.Build("open-harms", version, LedgerOf(scenario), sessions ?? new Dictionary<Guid, SessionFacts>()).ShouldNotBeNull();
}
