using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Tests.Analysis;
using static HarmTaxonomy.Domain.Tests.Taxonomies.Provenance.ProvenanceStories;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Provenance;

/// <summary>A version's provenance holds what came before its publication: proposals, the rule then in force, curators, sessions.</summary>
public sealed class VersionProvenanceBuilderTests
{
    private static readonly Actor Bea = new("account-bea", "Bea Curator");

    [Fact]
    public void Proposals_accepted_after_a_version_was_published_belong_to_the_next_version_only()
    {
        var scenario = Given(SmallTree())
            .And(Adopt(Workshop, 1, "Voice cloning", Support))
            .And(new PublishVersion("1.0.0", null))
            .And(Adopt(Workshop, 2, "Romance scams", Support))
            .And(new PublishVersion("1.1.0", null));

        var first = ProvenanceOf(scenario, "1.0.0");
        var second = ProvenanceOf(scenario, "1.1.0");

        first.Adoptions.Select(adoption => adoption.Cause.Proposal).ShouldBe(["Add “Voice cloning”"]);
        first.Sessions.ShouldHaveSingleItem().ProposalsAccepted.ShouldBe(1);
        second.Adoptions.Select(adoption => adoption.Cause.Proposal).ShouldBe(["Add “Voice cloning”", "Add “Romance scams”"]);
        second.Sessions.ShouldHaveSingleItem().ProposalsAccepted.ShouldBe(2);
    }

    [Fact]
    public void A_version_keeps_the_rule_in_force_when_it_was_published_and_the_default_before_any_was()
    {
        var scenario = Given(SmallTree())
            .And(new PublishVersion("1.0.0", null))
            .And(new PublishAcceptanceRule(0.3, 0.5, 3))
            .And(Adopt(Workshop, 1, "Voice cloning"))
            .And(new PublishVersion("1.1.0", null))
            .And(new PublishAcceptanceRule(0.5, 0.7, 4))
            .And(Adopt(Workshop, 2, "Romance scams"))
            .And(new PublishVersion("1.2.0", null));

        ProvenanceOf(scenario, "1.0.0").Rule.ShouldBe(TaxonomyAcceptanceRule.Default);
        ProvenanceOf(scenario, "1.1.0").Rule.ShouldBe(new TaxonomyAcceptanceRule(0.3, 0.5, 3, IsDefault: false));
        ProvenanceOf(scenario, "1.2.0").Rule.ShouldBe(new TaxonomyAcceptanceRule(0.5, 0.7, 4, IsDefault: false));
    }

    [Fact]
    public void Curators_are_named_once_in_order_of_their_first_change_up_to_the_publication()
    {
        var scenario = Given(SmallTree())
            .Apply([Added(Id(60), "HT-4", "Hate", position: 3) with { By = Bea }, Added(Id(61), "HT-5", "Spam", position: 4) with { By = Bea }])
            .And(new PublishVersion("1.0.0", null))
            .Apply([Added(Id(62), "HT-6", "Malware", position: 5) with { By = new Actor("account-cy", "Cy Curator") }])
            .And(new PublishVersion("1.1.0", null));

        ProvenanceOf(scenario, "1.0.0").Curators.ShouldBe(["Ada Curator", "Bea Curator"]);
        ProvenanceOf(scenario, "1.1.0").Curators.ShouldBe(["Ada Curator", "Bea Curator", "Cy Curator"]);
    }

    [Fact]
    public void Sessions_take_their_figures_from_their_stored_analysis_then_from_the_analysis_their_acceptances_used_then_from_the_votes()
    {
        var stored = new SessionFacts(57, 640, Conversations.Seeded(7), ComputedAt.AddHours(1));
        var scenario = Given(SmallTree())
            .And(Adopt(Workshop, 1, "Voice cloning", Support))
            .And(Adopt(Townhall, 2, "Romance scams", Support))
            .And(Adopt(Townhall, 3, "Fake shops"))
            .And(new PublishVersion("1.0.0", null));
        var withoutAnalysis = Given(SmallTree())
            .And(Adopt(Townhall, 2, "Romance scams"))
            .And(Adopt(Townhall, 3, "Fake shops"))
            .And(new PublishVersion("1.0.0", null));

        var sessions = ProvenanceOf(scenario, "1.0.0", new Dictionary<Guid, SessionFacts> { [Workshop] = stored }).Sessions;
        var counted = ProvenanceOf(withoutAnalysis, "1.0.0").Sessions.ShouldHaveSingleItem();

        sessions.Select(session => session.SessionId).ShouldBe([Workshop, Townhall]);
        sessions[0].ShouldBe(new SessionProvenance(Workshop, "Workshop", 57, 640, 7, Conversations.Seeded(7), ComputedAt.AddHours(1), 1));
        sessions[1].ShouldBe(new SessionProvenance(Townhall, "Town hall", TwoCamps.ParticipantCount, TwoCamps.VoteCount, 42, null, ComputedAt, 2));
        counted.ShouldBe(new SessionProvenance(Townhall, "Town hall", 42, 84, null, null, null, 2));
    }

    [Fact]
    public void A_version_the_ledger_never_saw_published_has_no_provenance()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null));

        VersionProvenanceBuilder.Build("open-harms", "2.0.0", LedgerOf(scenario), new Dictionary<Guid, SessionFacts>()).ShouldBeNull();
    }

    [Fact]
    public void A_category_shows_the_published_proposals_that_touched_it_oldest_first_but_not_those_still_in_the_draft()
    {
        var scenario = Given(SmallTree())
            .And(Adopt(Workshop, 1, "Voice cloning"))
            .And(Adopt(Townhall, 2, "Romance scams"))
            .And(new PublishVersion("1.0.0", null))
            .And(Adopt(Townhall, 3, "Fake shops"));
        var ledger = LedgerOf(scenario);

        ledger.PublishedAdoptionsOf(Id(101)).ShouldHaveSingleItem().Cause.SessionId.ShouldBe(Workshop);
        ledger.PublishedAdoptionsOf(Id(103)).ShouldBeEmpty();
        ledger.PublishedAdoptionsOf(Fraud).ShouldBeEmpty();
    }

    [Fact]
    public void A_ledger_started_after_the_taxonomy_says_it_is_incomplete()
    {
        var scenario = Given(SmallTree()).And(Adopt(Workshop, 1, "Voice cloning"));
        var late = scenario.History.Skip(2).Aggregate(default(ProvenanceLedger), (ledger, recorded) => ProvenanceLedger.Record(ledger, TaxonomyId, recorded.Event, recorded.Version));

        LedgerOf(scenario).IsComplete.ShouldBeTrue();
        late.ShouldNotBeNull().IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void A_ledger_continued_from_an_earlier_one_equals_the_ledger_of_the_whole_stream()
    {
        var scenario = Given(SmallTree()).And(Adopt(Workshop, 1, "Voice cloning", Support)).And(new PublishVersion("1.0.0", null));
        var events = scenario.History.Select(recorded => ((object)recorded.Event, recorded.Version)).ToList();
        var whole = LedgerOf(scenario);

        var start = ProvenanceLedger.FromStream(TaxonomyId, events.Take(4));
        var continued = ProvenanceLedger.FromStream(TaxonomyId, events.Skip(4), start).ShouldNotBeNull();

        continued.LastStreamVersion.ShouldBe(scenario.Draft.Version);
        continued.FirstStreamVersion.ShouldBe(1);
        continued.Adoptions.ShouldBe(whole.Adoptions);
        continued.Publications.ShouldBe(whole.Publications);
        continued.Curators.ShouldBe(whole.Curators);
    }

    [Fact]
    public void The_projection_folds_stored_events_into_the_same_ledger()
    {
        var scenario = Given(SmallTree()).And(Adopt(Workshop, 1, "Voice cloning", Support)).And(new PublishVersion("1.0.0", null));
        var projection = new ProvenanceLedgerProjection();

        var projected = scenario.History.Aggregate(
            default(ProvenanceLedger), (ledger, recorded) => projection.Evolve(ledger, TaxonomyId, new JasperFx.Events.Event<ITaxonomyEvent>(recorded.Event) { Version = recorded.Version }));

        projected.ShouldNotBeNull().Publications.ShouldBe(LedgerOf(scenario).Publications);
        projected.Adoptions.ShouldHaveSingleItem().DraftVersion.ShouldBe(scenario.History.Single(recorded => recorded.Event is Domain.Taxonomies.Adopting.ProposalAdopted).Version);
        projected.Curators.ShouldHaveSingleItem().ShouldBe(new CuratorContribution(Curator.Id, Curator.Name, 1));
    }

    [Fact]
    public void A_group_where_fewer_voted_than_the_privacy_threshold_keeps_its_agreement_to_itself()
    {
        var small = ProvenanceGroup.From(new GroupAgreement(1, 8, new VoteCounts(3, 1, 0), Applies: true), minPeople: 5);
        var large = ProvenanceGroup.From(new GroupAgreement(0, 8, new VoteCounts(4, 1, 0), Applies: true), minPeople: 5);

        small.ShouldBe(new ProvenanceGroup("B", 8, true, null, null));
        large.ShouldBe(new ProvenanceGroup("A", 8, true, 5, 0.8));
    }

    [Fact]
    public void Added_categories_carry_their_curator_even_when_no_proposal_did()
    {
        var scenario = Given(SmallTree()).Apply([new CategoryAdded(TaxonomyId, Id(70), null, 3, "HT-4", "en", "Hate", "", null, [], Bea, Now, null)])
            .And(new PublishVersion("1.0.0", null));

        var provenance = ProvenanceOf(scenario, "1.0.0");

        provenance.Adoptions.ShouldBeEmpty();
        provenance.Sessions.ShouldBeEmpty();
        provenance.Curators.ShouldBe(["Ada Curator", "Bea Curator"]);
    }
}
