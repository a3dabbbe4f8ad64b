using System.Text;
using System.Text.Json;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Tests.Analysis;
using static HarmTaxonomy.Domain.Tests.Taxonomies.Provenance.ProvenanceStories;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Provenance;

/// <summary><c>provenance.json</c>: the same provenance gives the same bytes, in camelCase, with aggregates only.</summary>
public sealed class ProvenanceJsonTests
{
    private static VersionProvenance Provenance()
    {
        var scenario = Given(SmallTree())
            .And(Adopt(Workshop, 0, "Voice cloning", Support))
            .And(new PublishVersion("1.0.0", null));
        var stored = new SessionFacts(TwoCamps.ParticipantCount, TwoCamps.VoteCount, TwoCamps.Parameters, ComputedAt);
        return ProvenanceOf(scenario, "1.0.0", new Dictionary<Guid, SessionFacts> { [Workshop] = stored });
    }

    [Fact]
    public void The_same_provenance_always_gives_the_same_bytes()
    {
        ProvenanceJson.Serialize(Provenance()).ShouldBe(ProvenanceJson.Serialize(Provenance()));
    }

    [Fact]
    public void The_document_is_indented_camel_case_with_each_session_its_figures_and_its_proposals_evidence()
    {
        var text = Encoding.UTF8.GetString(ProvenanceJson.Serialize(Provenance()));
        var document = JsonDocument.Parse(text).RootElement;

        text.ShouldContain("\n  \"slug\": \"open-harms\"");
        text.ShouldNotContain("\r");
        document.GetProperty("version").GetString().ShouldBe("1.0.0");
        document.GetProperty("rule").GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        document.GetProperty("curators").EnumerateArray().Select(curator => curator.GetString()).ShouldBe(["Ada Curator"]);
        var session = document.GetProperty("sessions").EnumerateArray().ShouldHaveSingleItem();
        session.GetProperty("sessionId").GetGuid().ShouldBe(Workshop);
        session.GetProperty("seed").GetInt32().ShouldBe(42);
        session.GetProperty("parameters").GetProperty("minPeoplePerCell").GetInt32().ShouldBe(5);
        session.GetProperty("votes").GetInt32().ShouldBe(TwoCamps.VoteCount);
        var proposal = session.GetProperty("proposals").EnumerateArray().ShouldHaveSingleItem();
        proposal.GetProperty("text").GetString().ShouldBe("Add “Voice cloning”");
        proposal.GetProperty("agree").GetInt32().ShouldBe(30);
        proposal.GetProperty("ruleMet").GetBoolean().ShouldBeTrue();
        proposal.GetProperty("groupInformedConsensus").GetDouble().ShouldBeGreaterThan(0.4);
        proposal.GetProperty("groups").EnumerateArray().Select(group => group.GetProperty("group").GetString()).ShouldBe(["A", "B"]);
        proposal.GetProperty("groups")[0].GetProperty("agreement").GetDouble().ShouldBe(1.0);
        proposal.GetProperty("analysis").GetProperty("seed").GetInt32().ShouldBe(42);
    }

    [Fact]
    public void No_participant_is_named_or_identified()
    {
        var text = Encoding.UTF8.GetString(ProvenanceJson.Serialize(Provenance()));

        TwoCamps.Participants.Count.ShouldBeGreaterThan(0);
        TwoCamps.Participants.ShouldAllBe(participant => !text.Contains(participant.ParticipantId.ToString(), StringComparison.OrdinalIgnoreCase));
        Enumerable.Range(0, 40).ShouldAllBe(number => !text.Contains(Conversations.Person(number).ToString(), StringComparison.OrdinalIgnoreCase));
        text.ShouldNotContain(Curator.Id);
    }
}
